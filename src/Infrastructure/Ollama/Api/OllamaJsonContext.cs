using System.Text.Json;
using System.Text.Json.Serialization;

namespace Benchmarker.Infrastructure.Ollama.Api;

/// <summary>
/// Source-generated JSON metadata of the Ollama DTOs: snake_case names as Ollama spells them, and
/// null members left out so an unset option keeps the server's default.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OllamaChatRequest))]
[JsonSerializable(typeof(OllamaGenerateRequest))]
[JsonSerializable(typeof(OllamaShowRequest))]
[JsonSerializable(typeof(OllamaVersionResponse))]
[JsonSerializable(typeof(OllamaTagsResponse))]
[JsonSerializable(typeof(OllamaShowResponse))]
[JsonSerializable(typeof(OllamaPsResponse))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class OllamaJsonContext : JsonSerializerContext;
