using System.ComponentModel.DataAnnotations;

namespace Benchmarker.Infrastructure.Ollama;

/// <summary>Accepts only an absolute http or https URL, so a typo in Ollama:BaseUrl stops the host at start.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class AbsoluteHttpUrlAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || text.Length == 0)
        {
            return ValidationResult.Success;
        }

        var valid = Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

        return valid
            ? ValidationResult.Success
            : new ValidationResult(
                $"Ollama:BaseUrl '{text}' is not an absolute http or https URL; set it like http://localhost:11434.",
                [validationContext.MemberName ?? "BaseUrl"]);
    }
}
