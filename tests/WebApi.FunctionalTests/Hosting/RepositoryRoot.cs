namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>The repository's root directory, found by walking up from the test output to Benchmarker.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Benchmarker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above '{AppContext.BaseDirectory}' contains Benchmarker.sln; run the tests from a clone of the repository.");
    }
}
