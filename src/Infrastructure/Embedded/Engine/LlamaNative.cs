using LLama.Native;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// Loads llama.cpp once per process and routes its log. llama.cpp reports why a model failed to load
/// only in its log, so the last log lines written on a thread inside <see cref="CaptureLog{T}"/> are
/// kept and returned with the result; lines from other threads are dropped (they are progress noise).
/// </summary>
internal static class LlamaNative
{
    private const int MaxCapturedLines = 200;

    private static readonly Lock Gate = new();
    private static bool initialised;

    [ThreadStatic]
    private static List<string>? capturedLines;

    /// <summary>Loads the native library, registering the log callback first as LLamaSharp requires.</summary>
    public static void EnsureInitialised()
    {
        lock (Gate)
        {
            if (initialised)
            {
                return;
            }

            try
            {
                NativeLibraryConfig.All.WithLogCallback(OnLog);
            }
            catch (InvalidOperationException)
            {
                // Another component loaded the library first; the callback can still be set directly.
                NativeLogConfig.llama_log_set(OnLog);
            }

            NativeApi.llama_empty_call();
            initialised = true;
        }
    }

    /// <summary>Runs <paramref name="action"/> on this thread and collects the native log lines it produced.</summary>
    public static T CaptureLog<T>(Func<T> action, out IReadOnlyList<string> lines)
    {
        var captured = new List<string>();
        capturedLines = captured;
        try
        {
            return action();
        }
        finally
        {
            capturedLines = null;
            lines = captured;
        }
    }

    private static void OnLog(LLamaLogLevel level, string message)
    {
        var captured = capturedLines;
        if (captured is null)
        {
            return;
        }

        var text = message.TrimEnd('\n', '\r');
        if (level == LLamaLogLevel.Continue && captured.Count > 0)
        {
            captured[^1] += text;
            return;
        }

        if (text.Length == 0)
        {
            return;
        }

        if (captured.Count == MaxCapturedLines)
        {
            captured.RemoveAt(0);
        }

        captured.Add($"{level}: {text}");
    }
}
