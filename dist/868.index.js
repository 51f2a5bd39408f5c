export const id = 868;
export const ids = [868];
export const modules = {

/***/ 1868:
/***/ ((module, exports, __webpack_require__) => {



var _interopRequireDefault = __webpack_require__(2645);

__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = _default;

__webpack_require__(4140);

__webpack_require__(2780);

var _validCashtag = _interopRequireDefault(__webpack_require__(1547));

// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
function _default(text) {
  if (!text || text.indexOf('$') === -1) {
    return [];
  }

  var tags = [];
  text.replace(_validCashtag["default"], function (match, before, dollar, cashtag, offset, chunk) {
    var startPosition = offset + before.length;
    var endPosition = startPosition + cashtag.length + 1;
    tags.push({
      cashtag: cashtag,
      indices: [startPosition, endPosition]
    });
  });
  return tags;
}

module.exports = exports.default;

/***/ }),

/***/ 7119:
/***/ ((module, exports, __webpack_require__) => {



__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;
// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
var cashtag = /[a-z]{1,6}(?:[._][a-z]{1,2})?/i;
var _default = cashtag;
exports["default"] = _default;
module.exports = exports.default;

/***/ }),

/***/ 4146:
/***/ ((module, exports, __webpack_require__) => {



__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;
// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
var punct = /\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$/;
var _default = punct;
exports["default"] = _default;
module.exports = exports.default;

/***/ }),

/***/ 7347:
/***/ ((module, exports, __webpack_require__) => {



var _interopRequireDefault = __webpack_require__(2645);

__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _regexSupplant = _interopRequireDefault(__webpack_require__(7796));

var _spacesGroup = _interopRequireDefault(__webpack_require__(5356));

// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
var _default = (0, _regexSupplant["default"])(/[#{spacesGroup}]/, {
  spacesGroup: _spacesGroup["default"]
});

exports["default"] = _default;
module.exports = exports.default;

/***/ }),

/***/ 5356:
/***/ ((module, exports, __webpack_require__) => {



__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;
// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
var spacesGroup = /\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000/;
var _default = spacesGroup;
exports["default"] = _default;
module.exports = exports.default;

/***/ }),

/***/ 1547:
/***/ ((module, exports, __webpack_require__) => {



var _interopRequireDefault = __webpack_require__(2645);

__webpack_require__(4169);

Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _cashtag = _interopRequireDefault(__webpack_require__(7119));

var _punct = _interopRequireDefault(__webpack_require__(4146));

var _regexSupplant = _interopRequireDefault(__webpack_require__(7796));

var _spaces = _interopRequireDefault(__webpack_require__(7347));

// Copyright 2018 Twitter, Inc.
// Licensed under the Apache License, Version 2.0
// http://www.apache.org/licenses/LICENSE-2.0
var validCashtag = (0, _regexSupplant["default"])('(^|#{spaces})(\\$)(#{cashtag})(?=$|\\s|[#{punct}])', {
  cashtag: _cashtag["default"],
  spaces: _spaces["default"],
  punct: _punct["default"]
}, 'gi');
var _default = validCashtag;
exports["default"] = _default;
module.exports = exports.default;

/***/ })

};
