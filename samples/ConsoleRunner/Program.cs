using Benchmarker.Application.Benchmarks.Commands.RunBenchmark;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Samples.ConsoleRunner;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// Usage: ConsoleRunner [prompt] [model,model,...] [--Section:Key=value ...]
// Without arguments it runs the embedded demo model, which needs neither Ollama nor a download.
var arguments = RunnerArguments.Parse(args);

using var host = SampleHost.Build(arguments.ConfigurationArgs);
try
{
    await host.StartAsync();
}
catch (OptionsValidationException exception)
{
    Console.Error.WriteLine($"Invalid configuration: {string.Join(" ", exception.Failures)}");
    return 2;
}

var exitCode = 0;
await using (var scope = host.Services.CreateAsyncScope())
{
    var sender = scope.ServiceProvider.GetRequiredService<ISender>();
    try
    {
        var run = await sender.Send(new RunBenchmarkCommand(arguments.Prompt, arguments.Models));
        Console.WriteLine($"Run {run.Id}: \"{arguments.Prompt}\"");
        Console.Write(BenchmarkTable.Format(run));
    }
    catch (ValidationException exception)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, exception.Errors.Select(failure => failure.ErrorMessage)));
        exitCode = 1;
    }
    catch (BackendUnavailableException exception)
    {
        Console.Error.WriteLine(exception.Message);
        exitCode = 1;
    }
}

await host.StopAsync();
return exitCode;
