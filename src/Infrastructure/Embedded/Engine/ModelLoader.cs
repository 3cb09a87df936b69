using Benchmarker.Infrastructure.Embedded.Gguf;
using LLama;
using LLama.Common;
using LLama.Exceptions;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// Loads a model's weights, checking the file with the GGUF reader first so common faults (missing,
/// truncated, not GGUF) get a precise message, and quoting llama.cpp's log for the faults only it sees
/// (an unsupported architecture, a wrong tensor shape).
/// </summary>
internal static class ModelLoader
{
    private const int QuotedLogLines = 3;

    /// <exception cref="EmbeddedModelLoadException">The file is missing, invalid or rejected by llama.cpp.</exception>
    public static LLamaWeights Load(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new EmbeddedModelLoadException($"Model file '{name}' was not found in '{Path.GetDirectoryName(path)}'.");
        }

        try
        {
            GgufReader.Read(path);
        }
        catch (GgufFormatException exception)
        {
            throw new EmbeddedModelLoadException(exception.Message, exception);
        }

        LlamaNative.EnsureInitialised();
        var parameters = new ModelParams(path) { GpuLayerCount = 0 };
        IReadOnlyList<string> log = [];
        try
        {
            return LlamaNative.CaptureLog(() => LLamaWeights.LoadFromFile(parameters), out log);
        }
        catch (LoadWeightsFailedException exception)
        {
            throw new EmbeddedModelLoadException($"llama.cpp failed to load '{name}': {Reason(log)}", exception);
        }
    }

    private static string Reason(IReadOnlyList<string> log)
    {
        var errors = log.Where(line => line.StartsWith("Error", StringComparison.Ordinal)).TakeLast(QuotedLogLines).ToList();
        var quoted = errors.Count > 0 ? errors : log.TakeLast(QuotedLogLines).ToList();
        return quoted.Count > 0 ? string.Join(" | ", quoted) : "no reason in the native log.";
    }
}
