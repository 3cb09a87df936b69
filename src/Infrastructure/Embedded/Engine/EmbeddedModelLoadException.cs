namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>A model file could not be loaded; the message names the file and the reason, ready to show a user.</summary>
public sealed class EmbeddedModelLoadException : Exception
{
    public EmbeddedModelLoadException()
    {
    }

    public EmbeddedModelLoadException(string message)
        : base(message)
    {
    }

    public EmbeddedModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
