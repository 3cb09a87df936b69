using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.WebUi.Display;

/// <summary>
/// The definition of each metric and flag as METRICS.md states it, shown when the pointer rests on a
/// metric's name, so a reader can check what a number means without leaving the page.
/// </summary>
public static class MetricHelp
{
    public static readonly IReadOnlyDictionary<string, string> Formulas = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["queue_time"] = "time the run waited to send the request (scheduler or concurrency limit); not part of any other time",
        ["time_to_first_byte"] = "first response byte − t0 (t0 = just before the request is written)",
        ["time_to_first_token"] = "first chunk carrying generated text on any channel (answer, thinking, tool call) − t0",
        ["time_to_first_content"] = "first chunk with visible answer text − t0; later than the first token by a reasoning model's thinking",
        ["total_time"] = "arrival of the final done:true chunk − t0 (end to end); on failure, the time of the failure",
        ["decode_time"] = "last token chunk − first token chunk; undefined with fewer than 2 token chunks",
        ["inter_chunk_latency"] = "gaps between consecutive token chunks: mean, p50, p90, p99, max",
        ["tokens_per_second"] = "server: eval_count / eval_duration (Ollama's eval rate); undefined when eval_count < 2 or eval_duration < 1 ms",
        ["client_tokens_per_second"] = "(completion_tokens − 1) / decode_time, our clock with the server's token count; undefined when completion_tokens < 2 or decode_time < 1 ms",
        ["end_to_end_tokens_per_second"] = "completion_tokens / total_time: what a user perceives, load and prefill included",
        ["prompt_tokens_per_second"] = "(prompt_tokens − cached tokens) / prompt_eval_duration",
        ["load_duration"] = "server: load_duration (model load, including waiting behind other loads)",
        ["prompt_eval_duration"] = "server: prompt_eval_duration (only the uncached part of the prompt)",
        ["eval_duration"] = "server: eval_duration (decode time)",
        ["server_total_duration"] = "server: total_duration (load and slot waits included, network excluded)",
        ["prompt_tokens"] = "server: prompt_eval_count (after truncation; may include cached tokens)",
        ["completion_tokens"] = "server: eval_count (thinking tokens included)",
        ["total_chunks"] = "chunks with non-empty text (chunks are not tokens)",
        ["total_bytes"] = "UTF-8 bytes of the text of those chunks",
        ["bytes_per_second"] = "total_bytes / total_time",
        ["cpu_percent"] = "system-wide CPU utilisation over the model's run window: mean and peak",
        ["memory_used_gb"] = "memory in use at start, at end and peak over the window (GB of 2^30 bytes)",
    };

    public static readonly IReadOnlyDictionary<string, string> Flags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ResultFlags.ColdStart] = "The model had to be loaded first (load took over 0.5 s or it was not loaded before), so the first token came later than it would when warm.",
        [ResultFlags.Truncated] = "Generation stopped at the token limit (done_reason \"length\") or the prompt was cut; the rates are still measured correctly.",
        [ResultFlags.PromptCacheHit] = "Part of the prompt came from the server's cache, so prompt processing looks faster than it is for a new prompt.",
        [ResultFlags.ImplausibleRate] = "A rate above 20,000 tokens/s, or the server's and our decode rates disagree by more than 25 %; the rate is not trustworthy.",
        [ResultFlags.Incomplete] = "The stream ended without the final chunk, so the totals are missing or partial.",
        [ResultFlags.FewTokens] = "Fewer than 2 tokens were generated, so the rates are undefined.",
    };

    public static string Formula(string metric) => Formulas.GetValueOrDefault(metric, metric);

    public static string Flag(string flag) => Flags.GetValueOrDefault(flag, "A flag this version of the UI does not describe.");
}
