using Benchmarker.Application.Common.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.UnitTests.Common.Options;

public sealed class ValidateDataAnnotationsByKeyTests
{
    [Fact]
    public void Invalid_value_names_configuration_key()
    {
        var services = new ServiceCollection();
        services.AddOptions<BenchmarkOptions>().Configure(options => options.MaxModels = 0).ValidateDataAnnotationsByKey();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BenchmarkOptions>>().Value);

        Assert.Equal(["Benchmark:MaxModels must be between 1 and 100."], error.Failures);
    }

    [Fact]
    public void Second_call_adds_no_second_validator()
    {
        var services = new ServiceCollection();
        services.AddOptions<BenchmarkOptions>().ValidateDataAnnotationsByKey();
        services.AddOptions<BenchmarkOptions>().ValidateDataAnnotationsByKey();

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IValidateOptions<BenchmarkOptions>));
    }

    [Fact]
    public void Keyed_registration_before_is_accepted()
    {
        var services = new ServiceCollection();
        services.AddKeyedSingleton("cache", new object());

        services.AddOptions<BenchmarkOptions>().Configure(options => options.MaxModels = 0).ValidateDataAnnotationsByKey();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BenchmarkOptions>>().Value);
        Assert.Contains("Benchmark:MaxModels", error.Message, StringComparison.Ordinal);
    }
}
