using System.Text.Json;
using Benchmarker.Application.Benchmarks.Commands.ImportRuns;

namespace Benchmarker.WebApi.Import;

/// <summary>
/// The documents of the files named on the command line. A folder contributes its own "*.json" files,
/// not those of sub-folders, leaving out the store's index.json and hidden or temporary files (a name
/// starting with '.' or '~'). A file contains one document or an array of them.
/// </summary>
internal sealed class ImportSources
{
    public List<ImportDocument> Documents { get; } = [];

    /// <summary>Files that could not be read or are not JSON, each with its reason.</summary>
    public List<ImportedDocument> Unreadable { get; } = [];

    public int FileCount { get; private set; }

    public static IEnumerable<string> ExpandFiles(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(path => Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly).Where(IsRunFile).Order(StringComparer.Ordinal)
            : [path]);

    public void Add(string path)
    {
        FileCount++;

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            root = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            Unreadable.Add(new ImportedDocument(path, null, ImportOutcome.Rejected, $"The file is not valid JSON: {error.Message}"));
            return;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Unreadable.Add(new ImportedDocument(path, null, ImportOutcome.Rejected, $"The file cannot be read: {error.Message}"));
            return;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            Documents.Add(new ImportDocument(path, root));
            return;
        }

        if (root.GetArrayLength() == 0)
        {
            Unreadable.Add(new ImportedDocument(path, null, ImportOutcome.Rejected, "The file contains an empty array: it has no run to import."));
        }

        Documents.AddRange(root.EnumerateArray().Select((item, index) => new ImportDocument($"{path}[{index}]", item)));
    }

    private static bool IsRunFile(string path)
    {
        var name = Path.GetFileName(path);
        return !string.Equals(name, "index.json", StringComparison.OrdinalIgnoreCase)
            && !name.StartsWith('.')
            && !name.StartsWith('~');
    }
}
