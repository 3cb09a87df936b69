namespace Benchmarker.Application.Benchmarks.Metrics;

/// <summary>
/// Two-sided 95 % critical values of Student's t distribution, the t with P(|T| ≤ t) = 0.95 for a
/// given number of degrees of freedom. For 1 to 30 degrees of freedom the values come from a table
/// (the 0.975 quantile, rounded to 9 decimals). Above 30 the Cornish–Fisher expansion of t around the
/// normal quantile z = 1.959964 (four correction terms) is used; its error there is below 3·10⁻⁸.
/// </summary>
internal static class StudentT
{
    private const double NormalQuantile = 1.959963984540054;

    private static readonly double[] Table =
    [
        12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836,
        2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852,
        2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546,
        2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447,
        2.079613845, 2.073873068, 2.068657610, 2.063898562, 2.059538553,
        2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456,
    ];

    public static double CriticalValue95(int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);

        if (degreesOfFreedom <= Table.Length)
        {
            return Table[degreesOfFreedom - 1];
        }

        return CornishFisher(degreesOfFreedom);
    }

    private static double CornishFisher(double v)
    {
        var z = NormalQuantile;
        var z2 = z * z;

        var g1 = z * (z2 + 1) / 4;
        var g2 = z * (((5 * z2) + 16) * z2 + 3) / 96;
        var g3 = z * ((((3 * z2) + 19) * z2 + 17) * z2 - 15) / 384;
        var g4 = z * ((((((79 * z2) + 776) * z2) + 1482) * z2 - 1920) * z2 - 945) / 92160;

        return z + (g1 / v) + (g2 / (v * v)) + (g3 / (v * v * v)) + (g4 / (v * v * v * v));
    }
}
