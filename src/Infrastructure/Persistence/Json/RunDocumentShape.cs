using System.Text.Json;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Classifier that tells a run in the current shape from a file of the original Python tool by the
/// fields only the current shape writes. The tool never wrote any of them, so a document with one of
/// them is read in the current shape only, because the legacy reader would drop those fields.
/// </summary>
internal static class RunDocumentShape
{
    private static readonly string[] CurrentRunFields =
        ["parameters", "mode", "backend_versions", "sampler_interval_seconds", "benchmarker_version", "cancelled", "persisted", "warnings"];

    private static readonly string[] CurrentResultFields =
        ["backend", "error_kind", "flags", "thinking", "tokens", "done_reason", "chunk_offsets", "rejected_attempts", "model_details", "loaded_before", "downsampled"];

    private static readonly string[] RunFields = ["timestamp", "prompt", "results"];

    /// <summary>True when the object has a field that only the current run shape has, at the top or in a result.</summary>
    public static bool IsCurrent(JsonElement run) =>
        HasAny(run, CurrentRunFields)
        || (run.TryGetProperty("results", out var results)
            && results.ValueKind == JsonValueKind.Array
            && results.EnumerateArray().Any(result => result.ValueKind == JsonValueKind.Object && HasAny(result, CurrentResultFields)));

    /// <summary>True when the object has at least one field that every run shape has, so it may be a run at all.</summary>
    public static bool HasRunField(JsonElement run) => HasAny(run, RunFields);

    private static bool HasAny(JsonElement element, string[] names) =>
        names.Any(name => element.TryGetProperty(name, out _));
}
