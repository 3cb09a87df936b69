using System.Runtime.InteropServices;
using System.Text;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Sampling.Gpu;

/// <summary>
/// Reads NVIDIA GPUs in-process through NVML (libnvidia-ml.so.1), the library behind nvidia-smi.
/// NOTE: compiled but never run here, because the development machine has no NVIDIA driver.
/// </summary>
internal sealed class NvmlGpuReader : IGpuReader
{
    private const string Library = "libnvidia-ml.so.1";

    private readonly IntPtr[] devices;

    private NvmlGpuReader(IntPtr[] devices) => this.devices = devices;

    public string? Status => null;

    /// <summary>A reader, or null when the library is missing or NVML fails to initialise.</summary>
    public static NvmlGpuReader? TryCreate()
    {
        if (!NativeLibrary.TryLoad(Library, out _))
        {
            return null;
        }

        try
        {
            if (nvmlInit_v2() != 0 || nvmlDeviceGetCount_v2(out var count) != 0)
            {
                return null;
            }

            var handles = new IntPtr[count];
            for (var index = 0u; index < count; index++)
            {
                _ = nvmlDeviceGetHandleByIndex_v2(index, out handles[index]);
            }

            return new NvmlGpuReader(handles);
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    public IReadOnlyList<GpuSample> Read()
    {
        var samples = new List<GpuSample>(devices.Length);
        for (var index = 0; index < devices.Length; index++)
        {
            var device = devices[index];
            double? utilization = nvmlDeviceGetUtilizationRates(device, out var rates) == 0 ? rates.Gpu : null;
            var hasMemory = nvmlDeviceGetMemoryInfo(device, out var memory) == 0;
            double? power = nvmlDeviceGetPowerUsage(device, out var milliwatts) == 0 ? milliwatts / 1000.0 : null;
            double? temperature = nvmlDeviceGetTemperature(device, 0, out var celsius) == 0 ? celsius : null;

            samples.Add(new GpuSample(
                index,
                utilization,
                hasMemory ? memory.Used / 1048576.0 : null,
                hasMemory ? memory.Total / 1048576.0 : null,
                power,
                temperature));
        }

        return samples;
    }

    /// <summary>Device name of one GPU, or null when NVML cannot read it.</summary>
    public string? GetName(int index)
    {
        var buffer = new byte[96];
        return nvmlDeviceGetName(devices[index], buffer, (uint)buffer.Length) == 0
            ? Encoding.UTF8.GetString(buffer).TrimEnd('\0')
            : null;
    }

    public Task WaitForFirstReadingAsync(TimeSpan timeout, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _ = nvmlShutdown();

    [StructLayout(LayoutKind.Sequential)]
    private struct NvmlUtilization
    {
        public uint Gpu;
        public uint Memory;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct NvmlMemory
    {
        public ulong Total;
        public ulong Free;
        public ulong Used;
    }

    [DllImport(Library)]
    private static extern int nvmlInit_v2();

    [DllImport(Library)]
    private static extern int nvmlShutdown();

    [DllImport(Library)]
    private static extern int nvmlDeviceGetCount_v2(out uint count);

    [DllImport(Library)]
    private static extern int nvmlDeviceGetHandleByIndex_v2(uint index, out IntPtr device);

    [DllImport(Library)]
    private static extern int nvmlDeviceGetName(IntPtr device, [Out] byte[] name, uint length);

    [DllImport(Library)]
    private static extern int nvmlDeviceGetUtilizationRates(IntPtr device, out NvmlUtilization utilization);

    [DllImport(Library)]
    private static extern int nvmlDeviceGetMemoryInfo(IntPtr device, out NvmlMemory memory);

    [DllImport(Library)]
    private static extern int nvmlDeviceGetPowerUsage(IntPtr device, out uint milliwatts);

    [DllImport(Library)]
    private static extern int nvmlDeviceGetTemperature(IntPtr device, int sensor, out uint celsius);
}
