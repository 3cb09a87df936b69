namespace Benchmarker.Infrastructure.Embedded.Gguf;

/// <summary>A GGUF file is truncated, corrupt or outside the reader's limits; the message names the file and the reason.</summary>
public sealed class GgufFormatException : Exception
{
    public GgufFormatException()
    {
    }

    public GgufFormatException(string message)
        : base(message)
    {
    }

    public GgufFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
