using System.Globalization;
using System.Text;
using Benchmarker.TestSupport.ScriptedOllama;

namespace Benchmarker.Performance.Ollama;

/// <summary>
/// The child side of <see cref="ChildProcessTtftServer"/>: runs the scripted server in its own
/// process and prints its URL. Each "records" line on standard input gets one line per /api/chat
/// request back, until standard input closes.
/// </summary>
internal static class ScriptedServerHost
{
    public const string Argument = "serve-scripted";

    public const string ListeningPrefix = "listening ";

    public const string EndOfRecords = "end";

    public static async Task<int> RunAsync()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        TtftScript.Install(server);
        await Console.Out.WriteLineAsync(ListeningPrefix + server.BaseUrl);
        await Console.Out.FlushAsync();

        while (await Console.In.ReadLineAsync() is { } command)
        {
            if (command == "records")
            {
                await WriteRecordsAsync(TtftScript.Records(server));
            }
        }

        return 0;
    }

    public static string Format(TtftServerRecord record) => string.Join(
        '\t',
        record.ReceivedTimestamp.ToString(CultureInfo.InvariantCulture),
        record.FirstWriteTimestamp.ToString(CultureInfo.InvariantCulture),
        Convert.ToBase64String(Encoding.UTF8.GetBytes(record.Body)));

    public static TtftServerRecord Parse(string line)
    {
        var fields = line.Split('\t');
        if (fields.Length != 3)
        {
            throw new FormatException($"The scripted server sent a record line with {fields.Length} fields instead of 3: '{line}'.");
        }

        return new TtftServerRecord(
            Encoding.UTF8.GetString(Convert.FromBase64String(fields[2])),
            long.Parse(fields[0], CultureInfo.InvariantCulture),
            long.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    private static async Task WriteRecordsAsync(IReadOnlyList<TtftServerRecord> records)
    {
        foreach (var record in records)
        {
            await Console.Out.WriteLineAsync(Format(record));
        }

        await Console.Out.WriteLineAsync(EndOfRecords);
        await Console.Out.FlushAsync();
    }
}
