namespace Benchmarker.Infrastructure.Embedded;

/// <summary>Names the embedded engine uses on results and in configuration.</summary>
internal static class EmbeddedEngineNames
{
    /// <summary>Backend name stored on results and model details.</summary>
    public const string Backend = "embedded";

    /// <summary>File extension of the models the engine runs.</summary>
    public const string ModelExtension = ".gguf";
}
