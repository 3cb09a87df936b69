using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Finds a JSON null in a field the run model declares non-nullable. The serializer accepts
/// <c>"prompt": null</c> or <c>"results": [null]</c> because it ignores nullable annotations, and such
/// a run makes the index, the history summary and the writers throw <see cref="NullReferenceException"/>.
/// </summary>
internal static class RunNullFields
{
    /// <summary>Returns the snake_case path of the first null field, such as "results[0].model", or null when none is.</summary>
    public static string? FindFirst(BenchmarkRun run)
    {
        var path = (run.Id, run.Prompt, run.Parameters, run.Results, run.BackendVersions) switch
        {
            (null, _, _, _, _) => "id",
            (_, null, _, _, _) => "prompt",
            (_, _, null, _, _) => "parameters",
            (_, _, _, null, _) => "results",
            (_, _, _, _, null) => "backend_versions",
            _ => null,
        };

        for (var position = 0; path is null && position < run.Results!.Count; position++)
        {
            path = FindFirst(run.Results[position], $"results[{position}]");
        }

        return path;
    }

    private static string? FindFirst(ModelResult? result, string path)
    {
        if (result is null)
        {
            return path;
        }

        var field = (result.Model, result.Backend, result.Response, result.Flags, result.Timing, result.Throughput, result.Tokens, result.ChunkOffsets) switch
        {
            (null, _, _, _, _, _, _, _) => "model",
            (_, null, _, _, _, _, _, _) => "backend",
            (_, _, null, _, _, _, _, _) => "response",
            (_, _, _, null, _, _, _, _) => "flags",
            (_, _, _, _, null, _, _, _) => "timing",
            (_, _, _, _, _, null, _, _) => "throughput",
            (_, _, _, _, _, _, null, _) => "tokens",
            (_, _, _, _, _, _, _, null) => "chunk_offsets",
            _ => null,
        };

        if (field is not null)
        {
            return $"{path}.{field}";
        }

        // Flags is not null here, because the switch above names it when it is; the compiler cannot see that through a tuple.
        var flag = result.Flags!.ToList().FindIndex(value => value is null);
        return flag < 0 ? null : $"{path}.flags[{flag}]";
    }
}
