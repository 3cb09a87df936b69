using Benchmarker.Client;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Client;

/// <summary>The generated client against the real host: runs, history, models and Ask Nova.</summary>
public sealed class BenchmarkerClientTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Run_history_filters_and_by_id()
    {
        using var http = fixture.CreateClient();
        var client = new BenchmarkerClient(http);

        var run = await client.RunBenchmarkAsync(new RunBenchmarkCommand { Prompt = "Why is the sky blue?", Models = ["llama3.2"] });
        var result = Assert.Single(run.Results!);

        Assert.True(result.Success, result.Error);
        Assert.Equal("ollama", result.Backend);
        Assert.Equal("Hello world!", result.Response);
        Assert.Equal(3, result.Throughput!.TotalChunks);
        Assert.True(result.Timing!.TimeToFirstToken > 0);

        var matching = await client.GetBenchmarkHistoryAsync(limit: 50, model: "llama3.2", success: true);
        Assert.Contains(matching.Items!, summary => summary.Id == run.Id);

        var otherModel = await client.GetBenchmarkHistoryAsync(model: ApiFixture.DemoModelName);
        Assert.DoesNotContain(otherModel.Items!, summary => summary.Id == run.Id);

        var failedOnly = await client.GetBenchmarkHistoryAsync(success: false);
        Assert.DoesNotContain(failedOnly.Items!, summary => summary.Id == run.Id);

        var stored = await client.GetBenchmarkByIdAsync(run.Id!);
        Assert.Equal(run.Id, stored.Id);
        Assert.Equal("Hello world!", Assert.Single(stored.Results!).Response);
    }

    [Fact]
    public async Task Demo_model_parallel_in_snake_case()
    {
        var recorder = new RecordingHandler();
        using var http = fixture.Factory.CreateDefaultClient(recorder);
        var client = new BenchmarkerClient(http);

        var run = await client.RunBenchmarkAsync(new RunBenchmarkCommand
        {
            Prompt = "Hello",
            Models = [ApiFixture.DemoModelName],
            Mode = RunMode.Parallel,
            Parameters = new GenerationParameters { NumPredict = 12, Seed = 7 },
        });
        var result = Assert.Single(run.Results!);

        Assert.Contains("\"mode\":\"parallel\"", Assert.Single(recorder.Bodies), StringComparison.Ordinal);
        Assert.Contains("\"num_predict\":12", recorder.Bodies[0], StringComparison.Ordinal);
        Assert.Equal(RunMode.Parallel, run.Mode);
        Assert.True(result.Success, result.Error);
        Assert.Equal("embedded", result.Backend);
        Assert.Equal(12, result.Tokens!.CompletionTokens);
        Assert.True(result.Throughput!.TokensPerSecond > 0);
    }

    [Fact]
    public async Task Models_list_both_backends()
    {
        using var http = fixture.CreateClient();
        var client = new BenchmarkerClient(http);

        var catalog = await client.ListModelsAsync();

        Assert.Contains(catalog.Models!, model => model.Name == ApiFixture.ScriptedModelName);
        Assert.Contains(catalog.Models!, model => model.Name == ApiFixture.DemoModelName);
        Assert.All(catalog.Backends!, backend => Assert.True(backend.Available, backend.Error));
    }

    [Fact]
    public async Task Ask_nova_then_read_session()
    {
        using var http = fixture.CreateClient();
        var client = new BenchmarkerClient(http);

        var answer = await client.AskNovaAsync(new AskNovaCommand
        {
            Prompt = "Name one colour.",
            Parameters = new NovaParameters { Model = ApiFixture.ScriptedModelName, MaxTokens = 8, Iterations = 1 },
        });

        Assert.Equal("Hello world!", answer.Text);
        Assert.False(string.IsNullOrEmpty(answer.SessionId));
        Assert.NotEmpty(answer.ChainOfThought!);
        Assert.NotNull(answer.Metrics);

        var session = await client.GetNovaSessionAsync(answer.SessionId!);
        Assert.Equal(answer.SessionId, session.Id);
        Assert.Contains(session.Messages!, message => message.Role == NovaMessageRole.User && message.Content == "Name one colour.");
        Assert.Contains(session.Messages!, message => message.Role == NovaMessageRole.Assistant);
    }

    [Fact]
    public async Task Ask_nova_on_demo_model()
    {
        using var http = fixture.CreateClient();
        var client = new BenchmarkerClient(http);

        var answer = await client.AskNovaAsync(new AskNovaCommand
        {
            Prompt = "Name one colour.",
            Parameters = new NovaParameters { Model = ApiFixture.DemoModelName, MaxTokens = 8, Iterations = 1 },
        });

        Assert.False(string.IsNullOrEmpty(answer.SessionId));
        Assert.True(answer.ChainOfThought!.Count >= 5, string.Join("\n", answer.ChainOfThought));
        Assert.Equal(ApiFixture.DemoModelName, answer.Metrics!.Model);
    }
}
