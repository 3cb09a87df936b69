using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Options;
using Benchmarker.Infrastructure.Sampling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Tests.Sampling;

public sealed class SamplerRegistrationTests
{
    [Fact]
    public void Registration_binds_interval_after_application_binding()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sampler:Interval"] = "00:00:00.100" }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<SamplerOptions>().BindConfiguration(SamplerOptions.SectionName);

        using var provider = services.AddSystemSampler(configuration).BuildServiceProvider();

        Assert.IsType<SystemSampler>(provider.GetRequiredService<ISystemSampler>());
        Assert.Equal(TimeSpan.FromMilliseconds(100), provider.GetRequiredService<IOptions<SamplerOptions>>().Value.Interval);
    }
}
