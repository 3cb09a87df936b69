using Benchmarker.Application.Nova;
using Benchmarker.Application.Nova.Commands.AskNova;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.UnitTests.Nova;

public sealed class AskNovaCommandValidatorTests
{
    private readonly AskNovaCommandValidator validator = new(Options.Create(new NovaOptions { MaxPromptLength = 100 }));

    [Fact]
    public void Validate_GoodRequest_Passes()
    {
        var parameters = new NovaParameters { Iterations = 3, Temperature = 2, MaxTokens = 4096, Experts = ["Chemist", "Physicist"] };

        var result = validator.Validate(new AskNovaCommand("Why is the sky blue?", Guid.NewGuid().ToString(), parameters));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("", "prompt")]
    [InlineData("   ", "prompt")]
    [InlineData(null, "prompt")]
    public void Validate_BlankPrompt_Fails(string? prompt, string field)
    {
        var result = validator.Validate(new AskNovaCommand(prompt!));

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.PropertyName);
        Assert.Contains("prompt is empty", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OversizedPrompt_NamesLimit()
    {
        var result = validator.Validate(new AskNovaCommand(new string('x', 101)));

        var error = Assert.Single(result.Errors);
        Assert.Equal("prompt", error.PropertyName);
        Assert.Contains("maximum is 100", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("abc")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    public void Validate_MalformedSessionId_Fails(string sessionId)
    {
        var result = validator.Validate(new AskNovaCommand("hi", sessionId));

        var error = Assert.Single(result.Errors);
        Assert.Equal("session_id", error.PropertyName);
    }

    [Theory]
    [InlineData(0, null, null, "parameters.iterations")]
    [InlineData(4, null, null, "parameters.iterations")]
    [InlineData(null, -0.1, null, "parameters.temperature")]
    [InlineData(null, 2.1, null, "parameters.temperature")]
    [InlineData(null, null, 0, "parameters.max_tokens")]
    [InlineData(null, null, 4097, "parameters.max_tokens")]
    public void Validate_OutOfRangeParameter_NamesField(int? iterations, double? temperature, int? maxTokens, string field)
    {
        var parameters = new NovaParameters { Iterations = iterations, Temperature = temperature, MaxTokens = maxTokens };

        var result = validator.Validate(new AskNovaCommand("hi", Parameters: parameters));

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.PropertyName);
    }

    [Fact]
    public void Validate_TooManyExperts_Fails()
    {
        var parameters = new NovaParameters { Experts = ["a", "b", "c", "d", "e", "f"] };

        var result = validator.Validate(new AskNovaCommand("hi", Parameters: parameters));

        Assert.Contains(result.Errors, e => e.PropertyName == "parameters.experts");
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("a name that is far too long to be the title of any expert at all, surely")]
    public void Validate_BadExpertName_Fails(string name)
    {
        var parameters = new NovaParameters { Experts = ["Chemist", name] };

        var result = validator.Validate(new AskNovaCommand("hi", Parameters: parameters));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("parameters.experts", error.PropertyName, StringComparison.Ordinal);
    }
}
