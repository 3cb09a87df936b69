using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.Common.Options;

public static class OptionsBuilderExtensions
{
    /// <summary>
    /// Validates the DataAnnotations like <c>ValidateDataAnnotations</c>, but reports only the
    /// attributes' messages, so each attribute needs an <c>ErrorMessage</c> that names its configuration key.
    /// A second call for the same options adds no second validator, so each failure is reported once.
    /// </summary>
    public static OptionsBuilder<TOptions> ValidateDataAnnotationsByKey<TOptions>(this OptionsBuilder<TOptions> builder)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);

        var registered = builder.Services.Any(descriptor =>
            descriptor.ImplementationInstance is ConfigurationKeyValidator<TOptions> validator && validator.OptionsName == builder.Name);
        if (!registered)
        {
            builder.Services.AddSingleton<IValidateOptions<TOptions>>(new ConfigurationKeyValidator<TOptions>(builder.Name));
        }

        return builder;
    }
}
