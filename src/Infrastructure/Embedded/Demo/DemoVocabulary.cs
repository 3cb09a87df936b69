using System.Globalization;

namespace Benchmarker.Infrastructure.Embedded.Demo;

/// <summary>
/// The demo model's SentencePiece vocabulary: the three control tokens, the 256 byte-fallback tokens
/// and a few whole-word pieces, with the scores and token types llama.cpp's "llama" tokenizer reads.
/// </summary>
internal static class DemoVocabulary
{
    public const int UnknownId = 0;
    public const int BeginOfSequenceId = 1;
    public const int EndOfSequenceId = 2;

    private const int NormalType = 1;
    private const int UnknownType = 2;
    private const int ControlType = 3;
    private const int ByteType = 6;

    private static readonly string[] Words =
    [
        "▁", "▁the", "▁a", "▁of", "▁and", "▁to", "▁in", "▁is", "▁it", "▁that",
        "▁model", "▁token", "▁fast", "▁slow", "▁bench", "▁mark", "▁hello", "▁world", "▁why", "▁sky",
        "▁blue", "▁light", "▁time", "▁test", "▁run", "▁one", "▁two", "▁three", "e", "t",
        "a", "o", "i", "n", "s", "r", "h", "l", ".", ",",
    ];

    public static IReadOnlyList<string> Tokens { get; } = BuildTokens();

    public static IReadOnlyList<float> Scores { get; } = Tokens.Select((_, index) => index < 3 + 256 ? 0f : -(index - 258f)).ToArray();

    public static IReadOnlyList<int> TokenTypes { get; } = Tokens.Select((_, index) => index switch
    {
        UnknownId => UnknownType,
        BeginOfSequenceId or EndOfSequenceId => ControlType,
        < 3 + 256 => ByteType,
        _ => NormalType,
    }).ToArray();

    private static string[] BuildTokens()
    {
        var bytes = Enumerable.Range(0, 256).Select(value => string.Create(CultureInfo.InvariantCulture, $"<0x{value:X2}>"));
        return ["<unk>", "<s>", "</s>", .. bytes, .. Words];
    }
}
