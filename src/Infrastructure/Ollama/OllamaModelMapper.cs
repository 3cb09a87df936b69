using System.Text.Json;
using Benchmarker.Domain.Models;
using Benchmarker.Infrastructure.Ollama.Api;

namespace Benchmarker.Infrastructure.Ollama;

/// <summary>Maps Ollama's model DTOs to the domain; a field Ollama did not send stays null.</summary>
internal static class OllamaModelMapper
{
    public static bool IsLocal(OllamaModelEntry entry) =>
        string.IsNullOrEmpty(entry.RemoteModel) && string.IsNullOrEmpty(entry.RemoteHost);

    public static ModelDetails ToDetails(OllamaModelEntry entry) => new()
    {
        Name = entry.Name ?? entry.Model ?? string.Empty,
        Backend = OllamaBackend.BackendName,
        Family = entry.Details?.Family,
        ParameterSize = entry.Details?.ParameterSize,
        QuantizationLevel = entry.Details?.QuantizationLevel,
        SizeBytes = entry.Size,
        Digest = entry.Digest,
        ModifiedAt = entry.ModifiedAt,
        Capabilities = entry.Capabilities ?? [],
    };

    /// <summary>Details from /api/show, completed with the size and digest of the model's /api/tags entry when there is one.</summary>
    public static ModelDetails ToDetails(string model, OllamaShowResponse show, OllamaModelEntry? entry)
    {
        var architecture = ReadString(show.ModelInfo, "general.architecture");

        return new ModelDetails
        {
            Name = entry?.Name ?? model,
            Backend = OllamaBackend.BackendName,
            Family = show.Details?.Family,
            Architecture = architecture,
            ParameterSize = show.Details?.ParameterSize,
            ParameterCount = ReadInt64(show.ModelInfo, "general.parameter_count"),
            QuantizationLevel = show.Details?.QuantizationLevel,
            ContextLength = architecture is null ? null : (int?)ReadInt64(show.ModelInfo, architecture + ".context_length"),
            SizeBytes = entry?.Size,
            Digest = entry?.Digest,
            ModifiedAt = show.ModifiedAt ?? entry?.ModifiedAt,
            Capabilities = show.Capabilities ?? entry?.Capabilities ?? [],
        };
    }

    public static LoadedModelState ToLoaded(OllamaLoadedModel model) => new()
    {
        Name = model.Name ?? model.Model ?? string.Empty,
        SizeBytes = model.Size,
        SizeVramBytes = model.SizeVram,
        ContextLength = model.ContextLength,
        ExpiresAt = model.ExpiresAt,
    };

    /// <summary>Whether a /api/tags name is the model a user asked for; a name without a tag means ":latest".</summary>
    public static bool SameModel(string requested, string? listed) =>
        listed is not null
        && (string.Equals(requested, listed, StringComparison.Ordinal)
            || (!requested.Contains(':', StringComparison.Ordinal) && string.Equals(requested + ":latest", listed, StringComparison.Ordinal)));

    private static string? ReadString(Dictionary<string, JsonElement>? info, string key) =>
        info is not null && info.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? ReadInt64(Dictionary<string, JsonElement>? info, string key) =>
        info is not null && info.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : null;
}
