using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Embedded;

/// <summary>Checks the rules between <see cref="EmbeddedEngineOptions"/> values that attributes cannot express.</summary>
internal sealed class EmbeddedEngineOptionsValidator : IValidateOptions<EmbeddedEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddedEngineOptions options)
    {
        var failures = new List<string>();

        if (options.DefaultNumPredict > options.MaxNumPredict)
        {
            failures.Add(
                $"{EmbeddedEngineOptions.SectionName}:DefaultNumPredict ({options.DefaultNumPredict}) is above " +
                $"{EmbeddedEngineOptions.SectionName}:MaxNumPredict ({options.MaxNumPredict}); lower it or raise the maximum.");
        }

        if (string.IsNullOrWhiteSpace(options.ModelsDirectory) || options.ModelsDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{EmbeddedEngineOptions.SectionName}:ModelsDirectory '{options.ModelsDirectory}' is not a valid directory path.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
