using Benchmarker.Infrastructure.Ollama;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Tests.Ollama;

public sealed class OllamaOptionsTests
{
    private static OptionsValidationException? Validate(string key, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();
        using var provider = new ServiceCollection().AddLogging().AddOllamaBackend(configuration).BuildServiceProvider();

        return Record.Exception(() => provider.GetRequiredService<IStartupValidator>().Validate()) as OptionsValidationException;
    }

    [Theory]
    [InlineData("Ollama:BaseUrl", "localhost:11434")]
    [InlineData("Ollama:BaseUrl", "ftp://localhost:11434")]
    [InlineData("Ollama:BaseUrl", "/relative")]
    [InlineData("Ollama:FirstByteTimeout", "00:00:00")]
    [InlineData("Ollama:IdleTimeout", "-00:00:01")]
    [InlineData("Ollama:MaxRetries", "-1")]
    [InlineData("Ollama:RetryBaseDelay", "01:00:00")]
    [InlineData("Ollama:MetadataTimeout", "00:00:00")]
    public void Invalid_value_fails_start_naming_key(string key, string value)
    {
        var error = Validate(key, value);

        Assert.NotNull(error);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Null(Validate("Ollama:BaseUrl", "https://ollama.internal:443"));

        var defaults = new OllamaOptions();
        Assert.Equal("http://localhost:11434", defaults.BaseUrl);
        Assert.Equal(TimeSpan.FromMinutes(5), defaults.FirstByteTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), defaults.IdleTimeout);
        Assert.Equal(3, defaults.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(500), defaults.RetryBaseDelay);
    }
}
