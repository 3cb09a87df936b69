using System.ComponentModel.DataAnnotations;

namespace Benchmarker.Infrastructure.Embedded;

/// <summary>Settings of the in-process llama.cpp engine, bound from the <c>Engines:Embedded</c> configuration section.</summary>
public sealed class EmbeddedEngineOptions
{
    public const string SectionName = "Engines:Embedded";

    /// <summary>Directory holding the *.gguf models; a relative path is resolved against the process's current directory.</summary>
    [Required(ErrorMessage = "Engines:Embedded:ModelsDirectory is required: set the directory of the *.gguf models, for example \"models\".")]
    public string ModelsDirectory { get; set; } = "models/";

    /// <summary>Writes the demo model into <see cref="ModelsDirectory"/> before its first use when the directory has no *.gguf file.</summary>
    public bool CreateDemoModel { get; set; } = true;

    /// <summary>Idle time after which a loaded model is unloaded; zero unloads it as soon as its last generation ends.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00",
        ErrorMessage = "Engines:Embedded:KeepAlive must be between 0 and 7 days, for example 00:05:00.")]
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// CPU threads per generation. Null chooses per model: 1 below 50 million parameters (thread
    /// hand-offs cost more than they save on such small matrices), otherwise min(4, logical cores).
    /// </summary>
    [Range(1, 256, ErrorMessage = "Engines:Embedded:Threads must be between 1 and 256, or unset to choose per model.")]
    public int? Threads { get; set; }

    /// <summary>
    /// Biases the end-of-sequence token to minus infinity, so every generation runs to its token limit
    /// and decode lengths stay comparable across models and repetitions.
    /// </summary>
    public bool SuppressEndOfSequence { get; set; } = true;

    /// <summary>Tokens to generate when a request sets no num_predict.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Engines:Embedded:DefaultNumPredict must be between 1 and 1000000 tokens.")]
    public int DefaultNumPredict { get; set; } = 128;

    /// <summary>Upper bound on num_predict; a negative num_predict (Ollama's "until the context is full") also stops here.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Engines:Embedded:MaxNumPredict must be between 1 and 1000000 tokens.")]
    public int MaxNumPredict { get; set; } = 4096;

    /// <summary>Context window when a request sets no num_ctx, capped at the model's training context.</summary>
    [Range(16, 1_048_576, ErrorMessage = "Engines:Embedded:DefaultContextSize must be between 16 and 1048576 tokens.")]
    public int DefaultContextSize { get; set; } = 4096;
}
