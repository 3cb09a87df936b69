using Benchmarker.Application.Benchmarks.Commands.RunBenchmark;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Samples.ConsoleRunner;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.WebApi.FunctionalTests.Library;

/// <summary>The use cases in a plain generic host, without the web host: the path of the console sample.</summary>
public sealed class LibraryUseTests
{
    [Fact]
    public async Task Generic_host_runs_demo_model()
    {
        using var directory = new TemporaryDirectory();
        using var host = SampleHost.Build([], new Dictionary<string, string?>
        {
            ["Engines:Embedded:ModelsDirectory"] = Path.Combine(directory.Path, "models"),
            ["Storage:Json:Directory"] = Path.Combine(directory.Path, "data"),
            ["Storage:OutboxDirectory"] = Path.Combine(directory.Path, "outbox"),
            ["Sampler:Interval"] = "00:00:00.050",
        });
        await host.StartAsync();

        BenchmarkRun run;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            run = await sender.Send(new RunBenchmarkCommand("Hello", [RunnerArguments.DemoModel], new GenerationParameters { NumPredict = 16, Seed = 3 }));
        }

        await host.StopAsync();

        var result = Assert.Single(run.Results);
        Assert.True(result.Success, result.Error);
        Assert.Equal("embedded", result.Backend);
        Assert.Equal(16, result.Tokens.CompletionTokens);
        Assert.True(File.Exists(Path.Combine(directory.Path, "models", RunnerArguments.DemoModel)));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(directory.Path, "data"), "*.json", SearchOption.AllDirectories));

        var table = BenchmarkTable.Format(run).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, table.Length);
        Assert.StartsWith("model", table[0], StringComparison.Ordinal);
        Assert.Matches(@"^tiny-random-llama\.gguf\s+yes\s+\d+\.\d{3}\s+\d+\.\d\s+16\s+\d+\.\d{3}$", table[1]);
    }

    [Fact]
    public void Adapters_do_not_depend_on_ASP_NET_Core()
    {
        var references = typeof(Benchmarker.Infrastructure.DependencyInjection).Assembly.GetReferencedAssemblies().Select(reference => reference.Name ?? "");

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new string[0], RunnerArguments.DefaultPrompt, new[] { RunnerArguments.DemoModel }, 0)]
    [InlineData(new[] { "Hi", "a, b", "--Ollama:BaseUrl=http://127.0.0.1:1" }, "Hi", new[] { "a", "b" }, 1)]
    public void Arguments_split_by_kind(string[] args, string prompt, string[] models, int configurationCount)
    {
        var parsed = RunnerArguments.Parse(args);

        Assert.Equal(prompt, parsed.Prompt);
        Assert.Equal(models, parsed.Models);
        Assert.Equal(configurationCount, parsed.ConfigurationArgs.Length);
    }
}
