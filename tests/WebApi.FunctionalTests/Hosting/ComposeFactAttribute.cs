namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>A fact that runs only when Debian's docker-compose (Compose 1.29) is on PATH, where .ci/run installs it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ComposeFactAttribute : FactAttribute
{
    public const string Program = "docker-compose";

    public ComposeFactAttribute()
    {
        if (FindOnPath(Program) is null)
        {
            Skip = "docker-compose is not installed (apt-get install docker-compose), so docker-compose.yml is not validated.";
        }
    }

    /// <summary>The full path of an executable file named <paramref name="name"/> in a PATH directory, or null.</summary>
    public static string? FindOnPath(string name)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
    }
}
