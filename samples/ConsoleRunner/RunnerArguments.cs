namespace Benchmarker.Samples.ConsoleRunner;

/// <summary>
/// <c>[prompt] [model,model,...] [--Section:Key=value ...]</c>: the positional arguments choose what
/// to run, the <c>--</c> ones go to configuration (for example <c>--Ollama:BaseUrl=http://127.0.0.1:11434</c>).
/// </summary>
public sealed record RunnerArguments(string Prompt, IReadOnlyList<string> Models, string[] ConfigurationArgs)
{
    public const string DefaultPrompt = "Why is the sky blue?";

    public const string DemoModel = "tiny-random-llama.gguf";

    public static RunnerArguments Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);

        var configuration = args.Where(IsConfiguration).ToArray();
        var positional = args.Where(arg => !IsConfiguration(arg)).ToList();

        var prompt = positional.Count > 0 ? positional[0] : DefaultPrompt;
        var models = positional.Count > 1
            ? positional[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [DemoModel];

        return new RunnerArguments(prompt, models, configuration);
    }

    private static bool IsConfiguration(string arg) => arg.StartsWith("--", StringComparison.Ordinal);
}
