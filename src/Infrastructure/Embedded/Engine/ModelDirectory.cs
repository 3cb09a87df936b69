using Benchmarker.Domain.Models;
using Benchmarker.Infrastructure.Embedded.Gguf;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// The models directory: one model per *.gguf file, named by its file name. A model name is only
/// ever a file name, and its resolved path must stay inside the directory.
/// </summary>
internal sealed class ModelDirectory(string path)
{
    public string FullPath { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    public bool Exists => Directory.Exists(FullPath);

    public static bool IsModelFileName(string name) => name.EndsWith(EmbeddedEngineNames.ModelExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>Resolves a model name to its file path, or returns the reason the name is invalid.</summary>
    public bool TryResolve(string model, out string filePath, out string error)
    {
        filePath = string.Empty;
        error = string.Empty;

        if (string.IsNullOrWhiteSpace(model) || model.Contains('/', StringComparison.Ordinal) || model.Contains('\\', StringComparison.Ordinal)
            || model.Contains("..", StringComparison.Ordinal) || model.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || !IsModelFileName(model))
        {
            error = $"Model name '{model}' is invalid: use the file name of a *.gguf file in the models directory, without a path.";
            return false;
        }

        var candidate = Path.GetFullPath(Path.Combine(FullPath, model));
        if (!string.Equals(Path.GetDirectoryName(candidate), FullPath, StringComparison.Ordinal))
        {
            error = $"Model name '{model}' resolves outside the models directory.";
            return false;
        }

        filePath = candidate;
        return true;
    }

    public IEnumerable<FileInfo> EnumerateModelFiles() =>
        Exists
            ? new DirectoryInfo(FullPath).EnumerateFiles("*", SearchOption.TopDirectoryOnly).Where(file => IsModelFileName(file.Name)).OrderBy(file => file.Name, StringComparer.Ordinal)
            : [];

    /// <summary>Reads a model's details from its GGUF header; an unreadable file is listed with its name and size only.</summary>
    public static ModelDetails Describe(FileInfo file)
    {
        try
        {
            return GgufModelDetails.Describe(GgufReader.Read(file.FullName), file.Name, file.LastWriteTimeUtc);
        }
        catch (Exception exception) when (exception is GgufFormatException or IOException or UnauthorizedAccessException)
        {
            return new ModelDetails { Name = file.Name, Backend = EmbeddedEngineNames.Backend, SizeBytes = file.Length, ModifiedAt = file.LastWriteTimeUtc };
        }
    }
}
