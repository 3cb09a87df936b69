namespace Benchmarker.Infrastructure.Persistence;

/// <summary>Compares Ollama model names the way Ollama resolves them: a name without a tag means ":latest".</summary>
internal static class ModelNames
{
    public static string Normalize(string model)
    {
        ArgumentNullException.ThrowIfNull(model);

        var trimmed = model.Trim().ToLowerInvariant();
        var nameStart = trimmed.LastIndexOf('/') + 1;
        return trimmed.IndexOf(':', nameStart) >= 0 ? trimmed : trimmed + ":latest";
    }
}
