def search(values, start, remaining, chosen, found):
    if remaining == 0:
        found.append(list(chosen))
        return
    for i in range(start, len(values)):
        if values[i] <= remaining:
            chosen.append(values[i])
            search(values, i, remaining - values[i], chosen, found)
            chosen.pop()


n, t = map(int, input().split())
values = sorted(map(int, input().split()))
found = []
search(values, 0, t, [], found)
if not found:
    print("NONE")
for subset in found:
    print(" ".join(map(str, subset)))
