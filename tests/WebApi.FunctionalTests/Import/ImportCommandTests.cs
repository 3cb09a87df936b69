using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Import;

/// <summary>The <c>import</c> command line run in-process, writing into a fresh temporary store.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TemporaryDirectory temp = new();

    private string DataDirectory => Path.Combine(temp.Path, "data");

    private string InputDirectory => Path.Combine(temp.Path, "input");

    [Fact]
    public void Python_tool_folder_imports_with_exit_0()
    {
        var (exitCode, output) = Run("import", ImportDocuments.FixtureDirectory);

        Assert.Equal(0, exitCode);
        Assert.Contains("5 documents from 5 files: 5 imported, 0 already present, 0 queued, 0 rejected.", output, StringComparison.Ordinal);
        Assert.Equal(5, RunFiles().Length);
    }

    [Fact]
    public void Second_import_is_all_already_present()
    {
        Run("import", ImportDocuments.FixtureDirectory);
        var before = ImportDocuments.Snapshot(DataDirectory);

        var (exitCode, output) = Run("import", ImportDocuments.FixtureDirectory);

        Assert.Equal(0, exitCode);
        Assert.Contains("0 imported, 5 already present", output, StringComparison.Ordinal);
        Assert.Equal(before, ImportDocuments.Snapshot(DataDirectory));
    }

    [Fact]
    public void Rejected_document_gives_exit_1()
    {
        Directory.CreateDirectory(InputDirectory);
        File.WriteAllText(Path.Combine(InputDirectory, "runs.json"), $"[{ImportDocuments.RunJson("run-a")},\"not a run\"]");
        File.WriteAllText(Path.Combine(InputDirectory, "broken.json"), "{\"id\":");

        var (exitCode, output) = Run("import", InputDirectory);

        Assert.Equal(1, exitCode);
        Assert.Contains($"rejected: {Path.Combine(InputDirectory, "runs.json")}[1]: The document is a string", output, StringComparison.Ordinal);
        Assert.Contains($"rejected: {Path.Combine(InputDirectory, "broken.json")}: The file is not valid JSON", output, StringComparison.Ordinal);
        Assert.Contains("3 documents from 2 files: 1 imported, 0 already present, 0 queued, 2 rejected.", output, StringComparison.Ordinal);
        Assert.Equal(["run-a.json"], RunFiles().Select(Path.GetFileName));
    }

    [Fact]
    public void Folder_skips_index_hidden_and_subfolders()
    {
        Directory.CreateDirectory(Path.Combine(InputDirectory, "nested"));
        File.WriteAllText(Path.Combine(InputDirectory, "run-a.json"), ImportDocuments.RunJson("run-a"));
        File.WriteAllText(Path.Combine(InputDirectory, "index.json"), "{\"version\":2,\"entries\":[]}");
        File.WriteAllText(Path.Combine(InputDirectory, ".run-b.json"), ImportDocuments.RunJson("run-b"));
        File.WriteAllText(Path.Combine(InputDirectory, "nested", "run-c.json"), ImportDocuments.RunJson("run-c"));

        var (exitCode, output) = Run("import", InputDirectory);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 document from 1 file: 1 imported", output, StringComparison.Ordinal);
        Assert.Equal(["run-a.json"], RunFiles().Select(Path.GetFileName));
    }

    [Fact]
    public void Mongo_export_file_imports()
    {
        Directory.CreateDirectory(InputDirectory);
        var file = Path.Combine(InputDirectory, "mongo.json");
        File.WriteAllText(file, ImportDocuments.MongoExportJson("run-m"));

        var (exitCode, output) = Run("import", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 imported", output, StringComparison.Ordinal);
        Assert.Equal(["run-m.json"], RunFiles().Select(Path.GetFileName));
    }

    [Fact]
    public void Import_saves_runs_waiting_in_outbox()
    {
        var outbox = Path.Combine(temp.Path, "outbox");
        Directory.CreateDirectory(outbox);
        File.WriteAllText(Path.Combine(outbox, "run-q.json"), ImportDocuments.RunJson("run-q"));

        var (exitCode, output) = Run("import", ImportDocuments.FixtureDirectory);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 run waiting in the outbox was saved", output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(DataDirectory, "run-q.json"), RunFiles());
        Assert.Empty(Directory.GetFiles(outbox));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Settings_before_paths_are_read(bool withEquals)
    {
        var file = Path.Combine(ImportDocuments.FixtureDirectory, "benchmark_20241225_222048.json");
        string[] directory = withEquals ? [$"--Storage:Json:Directory={DataDirectory}"] : ["--Storage:Json:Directory", DataDirectory];
        using var output = new StringWriter();

        var handled = HostCommands.TryRun(["import", .. directory, $"--Storage:OutboxDirectory={Path.Combine(temp.Path, "outbox")}", file], output, out var exitCode);

        Assert.True(handled);
        Assert.Equal(0, exitCode);
        Assert.Contains("1 document from 1 file: 1 imported, 0 already present, 0 queued, 0 rejected.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal([Path.Combine(DataDirectory, "20241225_222048.json")], RunFiles());
    }

    [Fact]
    public void No_path_is_usage_error()
    {
        var (exitCode, output) = Run("import");

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: import <file or folder>...", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_is_usage_error()
    {
        var missing = Path.Combine(temp.Path, "no-such-folder");

        var (exitCode, output) = Run("import", ImportDocuments.FixtureDirectory, missing);

        Assert.Equal(2, exitCode);
        Assert.Contains($"File or folder not found: {missing}", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(DataDirectory));
    }

    [Fact]
    public void Folder_without_json_is_usage_error()
    {
        Directory.CreateDirectory(InputDirectory);
        File.WriteAllText(Path.Combine(InputDirectory, "notes.txt"), "not a run");

        var (exitCode, output) = Run("import", InputDirectory);

        Assert.Equal(2, exitCode);
        Assert.Contains("No .json file found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_setting_is_configuration_error()
    {
        var (exitCode, output) = Run("import", ImportDocuments.FixtureDirectory, "--Storage:Provider=Paper");

        Assert.Equal(2, exitCode);
        Assert.Contains("Invalid configuration, nothing was imported", output, StringComparison.Ordinal);
        Assert.Contains("Storage:Provider is 'Paper'", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(DataDirectory));
    }

    [Fact]
    public void Invalid_option_value_is_configuration_error()
    {
        var (exitCode, output) = Run("import", ImportDocuments.FixtureDirectory, "--Benchmark:MaxImportDocuments=0");

        Assert.Equal(2, exitCode);
        Assert.Contains("Invalid configuration, nothing was imported", output, StringComparison.Ordinal);
        Assert.Contains("MaxImportDocuments", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Small_batches_import_everything()
    {
        var (exitCode, output) = Run("import", ImportDocuments.FixtureDirectory, "--Benchmark:MaxImportDocuments=2");

        Assert.Equal(0, exitCode);
        Assert.Contains("5 documents from 5 files: 5 imported", output, StringComparison.Ordinal);
        Assert.Equal(5, RunFiles().Length);
    }

    public void Dispose() => temp.Dispose();

    /// <summary>Runs the command with the temporary store appended as command-line settings.</summary>
    private (int ExitCode, string Output) Run(params string[] args)
    {
        using var output = new StringWriter();
        string[] settings = [$"--Storage:Json:Directory={DataDirectory}", $"--Storage:OutboxDirectory={Path.Combine(temp.Path, "outbox")}"];
        string[] command = args.Length > 1 ? [.. args, .. settings] : args;

        var handled = HostCommands.TryRun(command, output, out var exitCode);

        Assert.True(handled);
        return (exitCode, output.ToString());
    }

    private string[] RunFiles() => Directory.Exists(DataDirectory)
        ? [.. Directory.GetFiles(DataDirectory, "*.json").Where(path => Path.GetFileName(path) != "index.json").Order(StringComparer.Ordinal)]
        : [];
}
