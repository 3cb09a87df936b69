using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.Common.Options;

/// <summary>
/// Checks the DataAnnotations of an options class and reports each attribute's own message, which
/// names the configuration key ("Benchmark:MaxModels must be …"). The framework's validator would
/// wrap it in the C# class and property names, which a user cannot find in appsettings.json.
/// </summary>
public sealed class ConfigurationKeyValidator<TOptions>(string? optionsName) : IValidateOptions<TOptions>
    where TOptions : class
{
    /// <summary>Name of the options instance checked; null checks every name.</summary>
    public string? OptionsName => optionsName;

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (optionsName is not null && optionsName != name)
        {
            return ValidateOptionsResult.Skip;
        }

        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(result =>
            result.ErrorMessage ?? $"{string.Join(", ", result.MemberNames)} of {typeof(TOptions).Name} is invalid."));
    }
}
