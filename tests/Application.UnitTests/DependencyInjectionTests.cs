using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Commands.RunBenchmark;
using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Application.Common.Behaviours;
using Benchmarker.Application.Common.Options;
using Benchmarker.Application.Common.Telemetry;
using Benchmarker.Application.UnitTests.Common.Behaviours;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Benchmarker.Application.UnitTests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void Services_ResolveWithPortsRegistered()
    {
        using var host = BuildHost([]);
        using var scope = host.Services.CreateScope();

        Assert.IsType<BenchmarkExecutor>(scope.ServiceProvider.GetRequiredService<IBenchmarkExecutor>());
        Assert.IsType<RunBenchmarkCommandValidator>(Assert.Single(scope.ServiceProvider.GetServices<IValidator<RunBenchmarkCommand>>()));
        Assert.Same(TimeProvider.System, scope.ServiceProvider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Behaviours_TracingThenLoggingThenValidation()
    {
        using var host = BuildHost([]);
        using var scope = host.Services.CreateScope();

        var behaviours = scope.ServiceProvider.GetServices<IPipelineBehavior<TestMessage, string>>().ToList();

        Assert.Equal(3, behaviours.Count);
        Assert.IsType<TracingBehaviour<TestMessage, string>>(behaviours[0]);
        Assert.IsType<LoggingBehaviour<TestMessage, string>>(behaviours[1]);
        Assert.IsType<ValidationBehaviour<TestMessage, string>>(behaviours[2]);
    }

    [Fact]
    public void Options_BindFromConfiguration()
    {
        using var host = BuildHost(new() { ["Benchmark:MaxModels"] = "4", ["Sampler:Interval"] = "00:00:00.5" });

        Assert.Equal(4, host.Services.GetRequiredService<IOptions<BenchmarkOptions>>().Value.MaxModels);
        Assert.Equal(TimeSpan.FromMilliseconds(500), host.Services.GetRequiredService<IOptions<SamplerOptions>>().Value.Interval);
    }

    [Fact]
    public async Task Options_InvalidValueStopsStartNamingTheKey()
    {
        using var host = BuildHost(new() { ["Benchmark:MaxModels"] = "0" });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains("MaxModels", exception.Message, StringComparison.Ordinal);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddBenchmarkerApplication();
        builder.Services.AddSingleton(Substitute.For<ISystemSampler>());
        builder.Services.AddSingleton(Substitute.For<IBenchmarkRunRepository>());
        builder.Services.AddSingleton(Substitute.For<IInferenceBackend>());

        return builder.Build();
    }
}
