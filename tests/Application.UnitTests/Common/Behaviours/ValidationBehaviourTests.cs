using Benchmarker.Application.Common.Behaviours;
using FluentValidation;

namespace Benchmarker.Application.UnitTests.Common.Behaviours;

public sealed class ValidationBehaviourTests
{
    [Fact]
    public async Task InvalidMessage_ThrowsAllFailuresFromAllValidators()
    {
        var behaviour = new ValidationBehaviour<TestMessage, string>([new NameValidator(), new CountValidator()]);
        var handlerCalled = false;

        var exception = await Assert.ThrowsAsync<ValidationException>(async () =>
            await behaviour.Handle(new TestMessage("", -1), (_, _) =>
            {
                handlerCalled = true;
                return ValueTask.FromResult("handled");
            }, CancellationToken.None));

        Assert.Equal(["Count", "Name"], exception.Errors.Select(error => error.PropertyName).Order(StringComparer.Ordinal));
        Assert.False(handlerCalled);
    }

    [Fact]
    public async Task ValidMessage_CallsHandler()
    {
        var behaviour = new ValidationBehaviour<TestMessage, string>([new NameValidator(), new CountValidator()]);

        var response = await behaviour.Handle(new TestMessage("x", 1), (_, _) => ValueTask.FromResult("handled"), CancellationToken.None);

        Assert.Equal("handled", response);
    }

    [Fact]
    public async Task NoValidators_CallsHandler()
    {
        var behaviour = new ValidationBehaviour<TestMessage, string>([]);

        var response = await behaviour.Handle(new TestMessage("", -1), (_, _) => ValueTask.FromResult("handled"), CancellationToken.None);

        Assert.Equal("handled", response);
    }

    private sealed class NameValidator : AbstractValidator<TestMessage>
    {
        public NameValidator() => RuleFor(message => message.Name).NotEmpty();
    }

    private sealed class CountValidator : AbstractValidator<TestMessage>
    {
        public CountValidator() => RuleFor(message => message.Count).MustAsync((count, _) => Task.FromResult(count >= 0));
    }
}
