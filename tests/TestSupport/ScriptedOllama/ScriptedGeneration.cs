using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Benchmarker.TestSupport.ScriptedOllama;

/// <summary>Answers /api/chat and /api/generate by playing the model's script onto the response.</summary>
internal static class ScriptedGeneration
{
    public static async Task HandleAsync(HttpContext context, ScriptedOllamaServer server, bool chat)
    {
        var request = await server.RecordAsync(context);
        var model = server.Find(request.Model);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, server.Stopping);
        var token = aborted.Token;

        try
        {
            if (model is null)
            {
                await ScriptedRoutes.WriteErrorAsync(context, 404, $"model '{request.Model}' not found");
                return;
            }

            if (model.HangBeforeResponse)
            {
                await Task.Delay(Timeout.Infinite, token);
            }

            await Task.Delay(model.FirstByteDelay, token);

            if (model.PreStreamFailures.TryDequeue(out var failure))
            {
                await ScriptedRoutes.WriteErrorAsync(context, failure.StatusCode, failure.Error);
                return;
            }

            context.Response.ContentType = "application/x-ndjson";
            await StreamAsync(context.Response, model, request, chat, token);
        }
        catch (OperationCanceledException)
        {
            // The client went away or the server is stopping: nothing more to write.
        }
    }

    private static async Task StreamAsync(HttpResponse response, ScriptedModel model, RecordedRequest request, bool chat, CancellationToken token)
    {
        var name = request.Model ?? model.Name;
        var chunkLines = model.Chunks.Select(chunk => ScriptedLines.Chunk(name, chat, chunk)).ToList();
        var endingLines = EndingLines(model, name, chat);

        if (model.HoldEndingUntil is null)
        {
            await WriteAsync(response, model, request, [.. chunkLines, .. endingLines], token);
        }
        else
        {
            await WriteAsync(response, model, request, chunkLines, token, lastWithoutNewline: false);
            await model.HoldEndingUntil.WaitAsync(token);
            await WriteAsync(response, model, request, endingLines, token);
        }

        if (model.Ending == ScriptedEnding.Hang)
        {
            await Task.Delay(Timeout.Infinite, token);
        }

        if (model.Ending == ScriptedEnding.AbortConnection)
        {
            response.HttpContext.Abort();
        }
    }

    private static async Task WriteAsync(
        HttpResponse response, ScriptedModel model, RecordedRequest request, List<byte[]> lines, CancellationToken token, bool? lastWithoutNewline = null)
    {
        var writes = Cut(lines, model.WriteMode, lastWithoutNewline ?? model.FinalLineWithoutNewline);

        foreach (var write in writes)
        {
            if (request.FirstWriteTimestamp is null)
            {
                request.FirstWriteTimestamp = Stopwatch.GetTimestamp();
            }
            else
            {
                await Task.Delay(model.ChunkDelay, token);
            }

            await response.Body.WriteAsync(write, token);
            await response.Body.FlushAsync(token);
        }
    }

    private static List<byte[]> EndingLines(ScriptedModel model, string name, bool chat) => model.Ending switch
    {
        ScriptedEnding.Done => [ScriptedLines.Done(name, chat, model.EffectiveStats())],
        ScriptedEnding.ErrorLine => [ScriptedLines.Error(model.MidStreamError)],
        ScriptedEnding.MalformedLine => [ScriptedLines.Malformed(name)],
        _ => [],
    };

    /// <summary>Cuts the newline-terminated lines into the writes that the mode defines.</summary>
    private static List<byte[]> Cut(List<byte[]> lines, ScriptedWriteMode mode, bool lastWithoutNewline)
    {
        var terminated = lines
            .Select((line, index) => lastWithoutNewline && index == lines.Count - 1 ? line : [.. line, (byte)'\n'])
            .ToList();

        return mode switch
        {
            ScriptedWriteMode.AllLinesInOneWrite => terminated.Count == 0 ? [] : [[.. terminated.SelectMany(line => line)]],
            ScriptedWriteMode.SplitLines => [.. terminated.SelectMany(SplitInTwo)],
            _ => terminated,
        };
    }

    /// <summary>Splits a line inside its first multi-byte UTF-8 character, or in the middle when it has none.</summary>
    private static IEnumerable<byte[]> SplitInTwo(byte[] line)
    {
        var leadByte = Array.FindIndex(line, value => value >= 0xC0);
        var cut = leadByte >= 0 ? leadByte + 1 : line.Length / 2;
        if (cut <= 0 || cut >= line.Length)
        {
            return [line];
        }

        return [line[..cut], line[cut..]];
    }
}
