using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Tests.Embedded;

public sealed class EmbeddedGenerationTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Generate_ProducesExactlyNumPredictTokens()
    {
        using var backend = EmbeddedBackends.Create(directory);
        var observer = new RecordingObserver();

        var outcome = await backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 40), observer, CancellationToken.None);

        Assert.Equal(GenerationStatus.Completed, outcome.Status);
        Assert.Equal(40, outcome.Stats!.EvalCount);
        Assert.Equal("length", outcome.Stats.DoneReason);
        Assert.InRange(outcome.Chunks.Count, 1, 40);
        Assert.Equal(outcome.Chunks, observer.Chunks);
        Assert.True(outcome.Stats.PromptEvalCount > 0);
        Assert.True(outcome.Stats.EvalDuration > 0);
        Assert.True(outcome.Stats.PromptEvalDuration > 0);
        Assert.True(outcome.Stats.TotalDuration >= outcome.Stats.EvalDuration);
        Assert.True(outcome.LoadedForRequest);
        Assert.True(outcome.FirstByteTimestamp >= outcome.StartTimestamp);
        Assert.True(outcome.EndTimestamp >= outcome.Chunks[^1].Timestamp);
    }

    [Fact]
    public async Task Generate_SecondRunUsesLoadedModel()
    {
        using var backend = EmbeddedBackends.Create(directory);

        await backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 4), NullGenerationObserver.Instance, CancellationToken.None);
        var second = await backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 4), NullGenerationObserver.Instance, CancellationToken.None);

        Assert.Equal(GenerationStatus.Completed, second.Status);
        Assert.False(second.LoadedForRequest);
        var loaded = Assert.Single(await backend.ListLoadedModelsAsync(CancellationToken.None));
        Assert.Equal(EmbeddedBackends.DemoModel, loaded.Name);
        Assert.True(loaded.SizeBytes > 0);
    }

    [Fact]
    public async Task Generate_SameSeedGivesSameText()
    {
        using var backend = EmbeddedBackends.Create(directory);

        var first = await backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 24, seed: 7), NullGenerationObserver.Instance, CancellationToken.None);
        var second = await backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 24, seed: 7), NullGenerationObserver.Instance, CancellationToken.None);

        Assert.NotEmpty(EmbeddedBackends.Text(first));
        Assert.Equal(EmbeddedBackends.Text(first), EmbeddedBackends.Text(second));
    }

    [Fact]
    public async Task Generate_OtherSeedsGiveOtherText()
    {
        using var backend = EmbeddedBackends.Create(directory);
        var texts = new HashSet<string>(StringComparer.Ordinal);

        for (var seed = 1; seed <= 4; seed++)
        {
            var outcome = await backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 24, seed: seed, temperature: 1.5), NullGenerationObserver.Instance, CancellationToken.None);
            texts.Add(EmbeddedBackends.Text(outcome));
        }

        Assert.True(texts.Count > 1, "four seeds at temperature 1.5 all produced the same text");
    }

    [Fact]
    public async Task Generate_CancellationStopsWithinAboutOneToken()
    {
        using var backend = EmbeddedBackends.Create(directory);
        using var cancellation = new CancellationTokenSource();
        var observer = new RecordingObserver(onChunk: count =>
        {
            if (count == 3)
            {
                cancellation.Cancel();
            }
        });

        var outcome = await backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 200), observer, cancellation.Token);

        Assert.Equal(GenerationStatus.Cancelled, outcome.Status);
        Assert.Equal("cancelled", outcome.ErrorKind);
        Assert.InRange(outcome.Chunks.Count, 3, 3 + 2);
        Assert.True(outcome.Stats!.EvalCount < 200);
        Assert.Equal(outcome.Chunks, observer.Chunks);
    }

    [Fact]
    public async Task Generate_StopStringEndsGeneration()
    {
        using var backend = EmbeddedBackends.Create(directory);
        var probe = await backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 30, seed: 3), NullGenerationObserver.Instance, CancellationToken.None);
        var text = EmbeddedBackends.Text(probe);
        var stop = text.Substring(text.Length / 2, 2);
        var request = EmbeddedBackends.Request(numPredict: 30, seed: 3);
        request = request with { Parameters = request.Parameters with { Stop = [stop] } };

        var outcome = await backend.GenerateAsync(request, NullGenerationObserver.Instance, CancellationToken.None);

        Assert.Equal("stop", outcome.Stats!.DoneReason);
        Assert.Equal(text[..text.IndexOf(stop, StringComparison.Ordinal)], EmbeddedBackends.Text(outcome));
    }

    [Fact]
    public async Task Generate_CapsTokensToContext()
    {
        using var backend = EmbeddedBackends.Create(directory);

        var request = new GenerationRequest(EmbeddedBackends.DemoModel, "the sky is blue", new GenerationParameters { NumPredict = 1000, NumCtx = 64, Seed = 1 });

        var outcome = await backend.GenerateAsync(request, NullGenerationObserver.Instance, CancellationToken.None);

        Assert.Equal(GenerationStatus.Completed, outcome.Status);
        Assert.Equal(64 - outcome.Stats!.PromptEvalCount, outcome.Stats.EvalCount);
        Assert.Equal("length", outcome.Stats.DoneReason);
    }

    [Fact]
    public async Task Generate_RejectsPromptLongerThanContext()
    {
        using var backend = EmbeddedBackends.Create(directory);
        var request = new GenerationRequest(EmbeddedBackends.DemoModel, string.Join(' ', Enumerable.Repeat("the", 100)), new GenerationParameters { NumCtx = 32 });

        var outcome = await backend.GenerateAsync(request, NullGenerationObserver.Instance, CancellationToken.None);

        Assert.Equal(GenerationStatus.Failed, outcome.Status);
        Assert.Equal("invalid_request", outcome.ErrorKind);
        Assert.Contains("num_ctx", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_ParallelRunsAllComplete()
    {
        using var backend = EmbeddedBackends.Create(directory);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 3).Select(seed =>
            backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 16, seed: seed), NullGenerationObserver.Instance, CancellationToken.None)));

        Assert.All(outcomes, outcome => Assert.Equal(16, outcome.Stats!.EvalCount));
        Assert.Single(await backend.ListLoadedModelsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Generate_UnloadsAfterKeepAlive()
    {
        using var backend = EmbeddedBackends.Create(directory, options => options.KeepAlive = TimeSpan.Zero);

        await backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 2), NullGenerationObserver.Instance, CancellationToken.None);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await backend.ListLoadedModelsAsync(CancellationToken.None)).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Empty(await backend.ListLoadedModelsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Generate_ChatEndpointAppliesChatTemplate()
    {
        const string ChatMl = "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n{% endfor %}"
            + "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}";
        using (var stream = File.Create(directory.File("chat.gguf")))
        {
            Benchmarker.Infrastructure.Embedded.Demo.DemoModelGenerator.Write(stream, chatTemplate: ChatMl);
        }

        using var backend = EmbeddedBackends.Create(directory);
        var chat = EmbeddedBackends.Request(numPredict: 4, model: "chat.gguf");
        var generate = chat with { Parameters = chat.Parameters with { Endpoint = GenerationEndpoint.Generate } };

        var chatOutcome = await backend.GenerateAsync(chat, NullGenerationObserver.Instance, CancellationToken.None);
        var generateOutcome = await backend.GenerateAsync(generate, NullGenerationObserver.Instance, CancellationToken.None);

        Assert.Equal(GenerationStatus.Completed, chatOutcome.Status);
        Assert.Equal(GenerationStatus.Completed, generateOutcome.Status);
        Assert.True(
            chatOutcome.Stats!.PromptEvalCount > generateOutcome.Stats!.PromptEvalCount + 10,
            $"chat prompt {chatOutcome.Stats.PromptEvalCount} tokens, raw prompt {generateOutcome.Stats.PromptEvalCount} tokens");
    }

    [Fact]
    public async Task Generate_ChatWithoutTemplateUsesRawPrompt()
    {
        using var backend = EmbeddedBackends.Create(directory);
        var chat = EmbeddedBackends.Request(numPredict: 2);
        var generate = chat with { Parameters = chat.Parameters with { Endpoint = GenerationEndpoint.Generate } };

        var chatOutcome = await backend.GenerateAsync(chat, NullGenerationObserver.Instance, CancellationToken.None);
        var generateOutcome = await backend.GenerateAsync(generate, NullGenerationObserver.Instance, CancellationToken.None);

        Assert.Equal(generateOutcome.Stats!.PromptEvalCount, chatOutcome.Stats!.PromptEvalCount);
    }

    [Fact]
    public async Task Dispose_LetsRunningGenerationFinish()
    {
        var backend = EmbeddedBackends.Create(directory);
        var observer = new RecordingObserver(onChunk: count =>
        {
            if (count == 2)
            {
                backend.Dispose();
            }
        });

        var outcome = await backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 20), observer, CancellationToken.None);

        Assert.Equal(GenerationStatus.Completed, outcome.Status);
        Assert.Equal(20, outcome.Stats!.EvalCount);
        Assert.Empty(await backend.ListLoadedModelsAsync(CancellationToken.None));
    }

    private sealed class RecordingObserver(Action<int>? onChunk = null) : IGenerationObserver
    {
        public List<GenerationChunk> Chunks { get; } = [];

        public void OnChunk(GenerationChunk chunk)
        {
            Chunks.Add(chunk);
            onChunk?.Invoke(Chunks.Count);
        }
    }
}
