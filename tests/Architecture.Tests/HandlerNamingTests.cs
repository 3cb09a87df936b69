using Benchmarker.Application.Abstractions;
using Mediator;

namespace Benchmarker.Architecture.Tests;

/// <summary>Each handler is named after its message, so "XCommand" is handled by "XCommandHandler".</summary>
public sealed class HandlerNamingTests
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(ICommandHandler<,>),
        typeof(IQueryHandler<,>),
        typeof(IRequestHandler<,>),
    ];

    [Fact]
    public void Handlers_are_named_after_their_message()
    {
        var handlers = HandlerTypes().ToList();

        Assert.NotEmpty(handlers);
        Assert.All(handlers, pair => Assert.Equal(pair.Message.Name + "Handler", pair.Handler.Name));
    }

    /// <summary>
    /// Handlers are public because the Mediator source generator runs in each host (the web host,
    /// the sample console program, a consumer's own service) and must be able to construct them.
    /// </summary>
    [Fact]
    public void Handlers_are_public_and_sealed()
    {
        Assert.All(HandlerTypes(), pair =>
        {
            Assert.True(pair.Handler.IsPublic, $"{pair.Handler.Name} is not public");
            Assert.True(pair.Handler.IsSealed, $"{pair.Handler.Name} is not sealed");
        });
    }

    private static IEnumerable<(Type Handler, Type Message)> HandlerTypes() =>
        from type in typeof(IInferenceBackend).Assembly.GetTypes()
        where type.IsClass && !type.IsAbstract
        from contract in type.GetInterfaces()
        where contract.IsGenericType && HandlerInterfaces.Contains(contract.GetGenericTypeDefinition())
        select (type, contract.GetGenericArguments()[0]);
}
