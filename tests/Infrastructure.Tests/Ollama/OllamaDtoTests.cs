using System.Text.Json;
using Benchmarker.Infrastructure.Ollama.Api;

namespace Benchmarker.Infrastructure.Tests.Ollama;

public sealed class OllamaDtoTests
{
    [Fact]
    public void Tags_entry_reads_nanosecond_timestamps_truncated_to_ticks()
    {
        const string json = """{"models":[{"name":"llama3.2:latest","modified_at":"2025-05-04T17:37:44.706015396-07:00","size":2019393189,"details":{"family":"llama","quantization_level":"Q4_K_M"}}]}""";

        var tags = JsonSerializer.Deserialize(json, OllamaJsonContext.Default.OllamaTagsResponse);

        var entry = Assert.Single(tags!.Models!);
        Assert.Equal(new DateTimeOffset(2025, 5, 4, 17, 37, 44, 706, TimeSpan.FromHours(-7)).AddTicks(153), entry.ModifiedAt);
        Assert.Equal("Q4_K_M", entry.Details?.QuantizationLevel);
    }

    [Fact]
    public void Keep_alive_goes_out_as_number_or_duration()
    {
        var numeric = JsonSerializer.Serialize(new OllamaGenerateRequest("m", "p") { KeepAlive = "-1" }, OllamaJsonContext.Default.OllamaGenerateRequest);
        var duration = JsonSerializer.Serialize(new OllamaGenerateRequest("m", "p") { KeepAlive = "1h30m" }, OllamaJsonContext.Default.OllamaGenerateRequest);

        Assert.Equal("""{"model":"m","prompt":"p","stream":true,"keep_alive":-1}""", numeric);
        Assert.Equal("""{"model":"m","prompt":"p","stream":true,"keep_alive":"1h30m"}""", duration);
    }
}
