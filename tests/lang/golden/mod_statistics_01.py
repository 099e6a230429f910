# statistics: mean/fmean/median/variance/stdev to the last bit (exact sums, correctly
# rounded square roots), int results when exact, mode, multimode, quantiles, harmonic_mean.
import statistics as st, random
random.seed(1)
samples = [
    [1, 2, 3, 4], [2, 4], [1, 2, 3], [0.1, 0.2, 0.3], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [random.random() for _ in range(50)], [random.randint(1, 100) for _ in range(31)],
    [random.gauss(10, 3) for _ in range(20)], [3, 3.5],
]
for data in samples:
    print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data),
          st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.mode([1, 1, 2, 3, 3]), st.mode("abracadabra"), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 101), n=10, method="inclusive"))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 5]))
print(st.variance([1, 2, 3, 4], 2.5), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.mean([True, False, True]))
print(st.mean([1, float("inf")]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([]), lambda: st.stdev([2])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e, isinstance(e, ValueError))
