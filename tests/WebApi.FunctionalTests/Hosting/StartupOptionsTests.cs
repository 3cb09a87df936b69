using Benchmarker.TestSupport.ScriptedOllama;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>An invalid setting stops the host at start with a message naming the key.</summary>
public sealed class StartupOptionsTests
{
    [Theory]
    [InlineData("Benchmark:MaxModels", "0", "MaxModels")]
    [InlineData("Ollama:BaseUrl", "not-a-url", "Ollama:BaseUrl")]
    [InlineData("Storage:Provider", "Oracle", "Storage:Provider")]
    public async Task Invalid_setting_fails_start(string key, string value, string named)
    {
        await using var ollama = await ScriptedOllamaServer.StartAsync();
        await using var factory = new ApiFactory(ollama, new Dictionary<string, string?> { [key] = value });

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains(named, AllMessages(exception), StringComparison.Ordinal);
    }

    private static string AllMessages(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" | ", messages);
    }
}
