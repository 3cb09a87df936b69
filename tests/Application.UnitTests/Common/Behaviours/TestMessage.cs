using Mediator;

namespace Benchmarker.Application.UnitTests.Common.Behaviours;

/// <summary>A message for driving pipeline behaviours without the source generator.</summary>
public sealed record TestMessage(string Name, int Count) : ICommand<string>;
