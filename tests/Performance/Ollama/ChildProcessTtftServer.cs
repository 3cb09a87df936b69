using System.Diagnostics;
using System.Reflection;

namespace Benchmarker.Performance.Ollama;

/// <summary>
/// The scripted server in a child process (this harness started again with
/// <see cref="ScriptedServerHost.Argument"/>, from an argument list, no shell), so its thread
/// wake-ups no longer share the measuring client's thread pool. It still shares the cores.
/// </summary>
internal sealed class ChildProcessTtftServer(Process child, string baseUrl) : ITtftServer
{
    /// <summary>Runtime switch that runs socket continuations on the event thread instead of the thread pool.</summary>
    public const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    public string BaseUrl { get; } = baseUrl;

    public static async Task<ChildProcessTtftServer> StartAsync(CancellationToken cancellationToken)
    {
        var child = Process.Start(StartInfo()) ?? throw new InvalidOperationException("The scripted server process failed to start.");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartLimit);

        string? first;
        try
        {
            first = await child.StandardOutput.ReadLineAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill();
            throw new TimeoutException($"The scripted server process printed no URL within {StartLimit}. Run the harness with '{ScriptedServerHost.Argument}' by hand to see why.");
        }

        if (first is null || !first.StartsWith(ScriptedServerHost.ListeningPrefix, StringComparison.Ordinal))
        {
            child.Kill();
            throw new InvalidOperationException(
                $"The scripted server process printed '{first}' instead of '{ScriptedServerHost.ListeningPrefix}<url>'. Run the harness with '{ScriptedServerHost.Argument}' by hand to see why.");
        }

        return new ChildProcessTtftServer(child, first[ScriptedServerHost.ListeningPrefix.Length..]);
    }

    public async Task<IReadOnlyList<TtftServerRecord>> ChatRecordsAsync(CancellationToken cancellationToken)
    {
        await child.StandardInput.WriteLineAsync("records".AsMemory(), cancellationToken);
        await child.StandardInput.FlushAsync(cancellationToken);

        var records = new List<TtftServerRecord>();
        while (await child.StandardOutput.ReadLineAsync(cancellationToken) is { } line && line != ScriptedServerHost.EndOfRecords)
        {
            records.Add(ScriptedServerHost.Parse(line));
        }

        return records;
    }

    public async ValueTask DisposeAsync()
    {
        child.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await child.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill();
        }

        child.Dispose();
    }

    /// <summary>Starts this same program: the apphost directly, or the entry assembly through the dotnet host.</summary>
    private static ProcessStartInfo StartInfo()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The harness cannot find its own executable.");
        var info = new ProcessStartInfo(host) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };

        // The server keeps the runtime's default socket scheduling, so trying that setting on the
        // measuring side changes the client alone.
        info.Environment.Remove(InlineCompletionsVariable);
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        info.ArgumentList.Add(ScriptedServerHost.Argument);
        return info;
    }
}
