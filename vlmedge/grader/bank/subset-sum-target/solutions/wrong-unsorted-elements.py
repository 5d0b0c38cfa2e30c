def search(values, index, remaining, chosen, found):
    if remaining == 0:
        found.append(list(chosen))
        return
    if index == len(values) or remaining < 0:
        return
    chosen.append(values[index])
    search(values, index + 1, remaining - values[index], chosen, found)
    chosen.pop()
    search(values, index + 1, remaining, chosen, found)


n, t = map(int, input().split())
values = list(map(int, input().split()))
found = []
search(values, 0, t, [], found)
if not found:
    print("NONE")
for subset in found:
    print(" ".join(map(str, subset)))
