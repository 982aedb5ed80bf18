# statistics and fractions: exact results CPython defines.
import statistics as st
from fractions import Fraction as F
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3]), st.multimode("aabbc"))
print(st.mean([F(1, 2), F(1, 3)]), st.fmean([1, 2, 3, 4]), st.geometric_mean([1, 4]), st.harmonic_mean([1, 2, 4]))
print(st.quantiles(range(1, 101), n=4), st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 2, 4]))
print(st.linear_regression([1, 2, 3, 4], [2, 4, 6, 8.5]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
nd = st.NormalDist(100, 15)
print(nd.mean, nd.stdev, round(nd.cdf(115), 6), round(nd.inv_cdf(0.5), 6), nd + 5, nd * 2)
a = F(3, 4)
b = F("0.125")
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, -a, abs(-a), a // b, a % b, divmod(a, b))
print(F(10, 4), F(-6, 8), F(0, 5), F(1.25), F("3/9"), F("-2e-3"), F(3), F(F(1, 2), F(1, 3)))
print(a < b, a == F(6, 8), a == 0.75, hash(a) == hash(0.75), float(a), int(F(7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 3))
print(a.numerator, a.denominator, a.as_integer_ratio(), F(1, 3).limit_denominator(10), F(3.14159).limit_denominator(100))
for bad in ["1/0", "abc", "1.2.3"]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
print(f"{F(1, 3):.5f}" if hasattr(F, "__format__") else "", str(F(1, 3)), repr(F(1, 3)), F(1, 3).is_integer() if hasattr(F, "is_integer") else "")
