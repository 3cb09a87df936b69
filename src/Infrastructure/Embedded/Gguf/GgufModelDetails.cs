using System.Globalization;
using Benchmarker.Domain.Models;

namespace Benchmarker.Infrastructure.Embedded.Gguf;

/// <summary>Maps a GGUF header to the model details the benchmarker stores with each result.</summary>
internal static class GgufModelDetails
{
    public static ModelDetails Describe(GgufFile file, string name, DateTimeOffset modifiedAt)
    {
        var architecture = file.GetString("general.architecture");
        var parameterCount = file.GetInteger("general.parameter_count") ?? file.Tensors.Sum(tensor => tensor.ElementCount);
        var fileType = file.GetInteger("general.file_type");
        var contextLength = architecture is null ? null : file.GetInteger($"{architecture}.context_length");

        return new ModelDetails
        {
            Name = name,
            Backend = EmbeddedEngineNames.Backend,
            Family = architecture,
            Architecture = architecture,
            ParameterCount = parameterCount,
            ParameterSize = FormatParameterSize(parameterCount),
            QuantizationLevel = fileType is { } id ? GgufFileTypes.Name(id) : GgufFileTypes.Infer(file.Tensors),
            ContextLength = contextLength is > 0 and <= int.MaxValue ? (int)contextLength : null,
            SizeBytes = file.FileSize,
            ModifiedAt = modifiedAt,
            Capabilities = ["completion"],
        };
    }

    /// <summary>
    /// Words a parameter count as Ollama does ("3.2B", "494.0M"), with one decimal. Counts from
    /// 100,000 up are written in millions, so the demo model's 120,640 reads "0.1M".
    /// </summary>
    public static string FormatParameterSize(long count) => count switch
    {
        >= 1_000_000_000 => Format(count / 1e9, "B"),
        >= 100_000 => Format(count / 1e6, "M"),
        >= 1_000 => Format(count / 1e3, "K"),
        _ => count.ToString(CultureInfo.InvariantCulture),
    };

    private static string Format(double value, string unit) =>
        value.ToString("0.0", CultureInfo.InvariantCulture) + unit;
}
