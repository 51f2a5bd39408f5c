export const id = 775;
export const ids = [775];
export const modules = {

/***/ 6869:
/***/ ((__unused_webpack_module, __unused_webpack_exports, __webpack_require__) => {



var anObject = __webpack_require__(7249);
var toLength = __webpack_require__(8088);
var advanceStringIndex = __webpack_require__(8063);
var regExpExec = __webpack_require__(4688);

// @@match logic
__webpack_require__(3399)('match', 1, function (defined, MATCH, $match, maybeCallNative) {
  return [
    // `String.prototype.match` method
    // https://tc39.github.io/ecma262/#sec-string.prototype.match
    function match(regexp) {
      var O = defined(this);
      var fn = regexp == undefined ? undefined : regexp[MATCH];
      return fn !== undefined ? fn.call(regexp, O) : new RegExp(regexp)[MATCH](String(O));
    },
    // `RegExp.prototype[@@match]` method
    // https://tc39.github.io/ecma262/#sec-regexp.prototype-@@match
    function (regexp) {
      var res = maybeCallNative($match, regexp, this);
      if (res.done) return res.value;
      var rx = anObject(regexp);
      var S = String(this);
      if (!rx.global) return regExpExec(rx, S);
      var fullUnicode = rx.unicode;
      rx.lastIndex = 0;
      var A = [];
      var n = 0;
      var result;
      while ((result = regExpExec(rx, S)) !== null) {
        var matchStr = String(result[0]);
        A[n] = matchStr;
        if (matchStr === '') rx.lastIndex = advanceStringIndex(S, toLength(rx.lastIndex), fullUnicode);
        n++;
      }
      return n === 0 ? null : A;
    }
  ];
});


/***/ }),

/***/ 5427:
/***/ ((module, exports, __webpack_require__) => {



var _interopRequireDefault = __webpack_require__(2645);

__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = _default;

__webpack_require__(4140);

__webpack_require__(6869);

var _atSigns = _interopRequireDefault(__webpack_require__(367));

var _endMentionMatch = _interopRequireDefault(__webpack_require__(1208));

var _validMentionOrList = _interopRequireDefault(__webpack_require__(6957));

// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
function _default(text) {
  if (!text || !text.match(_atSigns["default"])) {
    return [];
  }

  var possibleNames = [];
  text.replace(_validMentionOrList["default"], function (match, before, atSign, screenName, slashListname, offset, chunk) {
    var after = chunk.slice(offset + match.length);

    if (!after.match(_endMentionMatch["default"])) {
      slashListname = slashListname || '';
      var startPosition = offset + before.length;
      var endPosition = startPosition + screenName.length + slashListname.length + 1;
      possibleNames.push({
        screenName: screenName,
        listSlug: slashListname,
        indices: [startPosition, endPosition]
      });
    }
  });
  return possibleNames;
}

module.exports = exports.default;

/***/ }),

/***/ 2775:
/***/ ((module, exports, __webpack_require__) => {



var _interopRequireDefault = __webpack_require__(2645);

__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = _default;

var _extractMentionsOrListsWithIndices = _interopRequireDefault(__webpack_require__(5427));

// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
function _default(text) {
  var mentions = [];
  var mentionOrList;
  var mentionsOrLists = (0, _extractMentionsOrListsWithIndices["default"])(text);

  for (var i = 0; i < mentionsOrLists.length; i++) {
    mentionOrList = mentionsOrLists[i];

    if (mentionOrList.listSlug === '') {
      mentions.push({
        screenName: mentionOrList.screenName,
        indices: mentionOrList.indices
      });
    }
  }

  return mentions;
}

module.exports = exports.default;

/***/ }),

/***/ 367:
/***/ ((module, exports, __webpack_require__) => {



__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;
// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
var atSigns = /[@＠]/;
var _default = atSigns;
exports["default"] = _default;
module.exports = exports.default;

/***/ }),

/***/ 1208:
/***/ ((module, exports, __webpack_require__) => {



var _interopRequireDefault = __webpack_require__(2645);

__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _atSigns = _interopRequireDefault(__webpack_require__(367));

var _latinAccentChars = _interopRequireDefault(__webpack_require__(7941));

var _regexSupplant = _interopRequireDefault(__webpack_require__(7796));

// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
var endMentionMatch = (0, _regexSupplant["default"])(/^(?:#{atSigns}|[#{latinAccentChars}]|:\/\/)/, {
  atSigns: _atSigns["default"],
  latinAccentChars: _latinAccentChars["default"]
});
var _default = endMentionMatch;
exports["default"] = _default;
module.exports = exports.default;

/***/ }),

/***/ 7941:
/***/ ((module, exports, __webpack_require__) => {



__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;
// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
var latinAccentChars = /\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF/;
var _default = latinAccentChars;
exports["default"] = _default;
module.exports = exports.default;

/***/ }),

/***/ 6957:
/***/ ((module, exports, __webpack_require__) => {



var _interopRequireDefault = __webpack_require__(2645);

__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _atSigns = _interopRequireDefault(__webpack_require__(367));

var _regexSupplant = _interopRequireDefault(__webpack_require__(7796));

var _validMentionPrecedingChars = _interopRequireDefault(__webpack_require__(9398));

// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
var validMentionOrList = (0, _regexSupplant["default"])('(#{validMentionPrecedingChars})' + // $1: Preceding character
'(#{atSigns})' + // $2: At mark
'([a-zA-Z0-9_]{1,20})' + // $3: Screen name
'(/[a-zA-Z][a-zA-Z0-9_-]{0,24})?', // $4: List (optional)
{
  validMentionPrecedingChars: _validMentionPrecedingChars["default"],
  atSigns: _atSigns["default"]
}, 'g');
var _default = validMentionOrList;
exports["default"] = _default;
module.exports = exports.default;

/***/ }),

/***/ 9398:
/***/ ((module, exports, __webpack_require__) => {



__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;
// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
var validMentionPrecedingChars = /(?:^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)/;
var _default = validMentionPrecedingChars;
exports["default"] = _default;
module.exports = exports.default;

/***/ })

};
