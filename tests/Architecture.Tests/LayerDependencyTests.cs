using System.Reflection;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure;
using NetArchTest.Rules;

namespace Benchmarker.Architecture.Tests;

/// <summary>Dependencies point inwards: Domain ← Application ← Infrastructure ← WebApi.</summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly Domain = typeof(BenchmarkRun).Assembly;
    private static readonly Assembly Application = typeof(IInferenceBackend).Assembly;
    private static readonly Assembly Infrastructure = typeof(DependencyInjection).Assembly;

    [Fact]
    public void Domain_references_only_the_framework()
    {
        var references = Domain.GetReferencedAssemblies().Select(reference => reference.Name ?? "");

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"Domain references {name}"));
    }

    [Theory]
    [InlineData("Benchmarker.Infrastructure")]
    [InlineData("Benchmarker.WebApi")]
    [InlineData("Refit")]
    [InlineData("MongoDB")]
    [InlineData("LLama")]
    [InlineData("Microsoft.AspNetCore")]
    public void Application_does_not_depend_on(string forbidden)
    {
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOn(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"Application types that depend on {forbidden}: {Describe(result)}");
    }

    [Theory]
    [InlineData("Benchmarker.Application")]
    [InlineData("Benchmarker.Infrastructure")]
    [InlineData("Benchmarker.WebApi")]
    public void Domain_does_not_depend_on(string forbidden)
    {
        var result = Types.InAssembly(Domain).ShouldNot().HaveDependencyOn(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"Domain types that depend on {forbidden}: {Describe(result)}");
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_WebApi()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("Benchmarker.WebApi").GetResult();

        Assert.True(result.IsSuccessful, $"Infrastructure types that depend on WebApi: {Describe(result)}");
    }

    [Fact]
    public void Endpoints_do_not_use_repositories_or_backends()
    {
        var result = Types.InAssembly(typeof(Program).Assembly)
            .That().ResideInNamespace("Benchmarker.WebApi.Endpoints")
            .ShouldNot().HaveDependencyOnAny(typeof(IBenchmarkRunRepository).FullName!, typeof(IInferenceBackend).FullName!, "Benchmarker.Infrastructure")
            .GetResult();

        Assert.True(result.IsSuccessful, $"Endpoints that bypass the mediator: {Describe(result)}");
    }

    internal static string Describe(TestResult result) =>
        string.Join(", ", result.FailingTypeNames ?? []);
}
