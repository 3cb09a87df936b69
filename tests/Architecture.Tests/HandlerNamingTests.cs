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

    [Fact]
    public void Handlers_are_internal_and_sealed()
    {
        Assert.All(HandlerTypes(), pair =>
        {
            Assert.False(pair.Handler.IsPublic, $"{pair.Handler.Name} is public");
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
