def shift_letter(letter, k):
    first, last = ("a", "z") if letter.islower() else ("A", "Z")
    code = ord(letter) + k
    if code > ord(last):
        code -= 26
    elif code < ord(first):
        code += 26
    return chr(code)


k = int(input())
text = input()
result = ""
for ch in text:
    if ch.isalpha():
        result += shift_letter(ch, k)
    else:
        result += ch
print(result)
