using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Benchmarks;

/// <summary>A host with small run limits (prompts of 50 characters, 3 models) and one Ollama model.</summary>
public sealed class RunValidationFixture : IAsyncLifetime
{
    public const int MaxPromptLength = 50;

    public const int MaxModels = 3;

    private IsolatedApi? api;

    public HttpClient CreateClient() => (api ?? throw new InvalidOperationException("The fixture has not started.")).CreateClient();

    public async Task InitializeAsync()
    {
        api = await IsolatedApi.StartAsync(
            ollama => ollama.AddModel(ApiFixture.ScriptedModelName, model => model.WithChunks("Hi")),
            new Dictionary<string, string?>
            {
                ["Benchmark:MaxPromptLength"] = MaxPromptLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Benchmark:MaxModels"] = MaxModels.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
    }

    public async Task DisposeAsync()
    {
        if (api is not null)
        {
            await api.DisposeAsync();
        }
    }
}
